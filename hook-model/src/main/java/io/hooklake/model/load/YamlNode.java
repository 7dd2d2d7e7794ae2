package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with its location: the tree that {@link YamlTreeReader} builds from Jackson's
 * tokens, before it is bound to the DTOs. Jackson's own {@code JsonNode} forgets locations.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Where the value starts; for a mapping in a list, its first key. */
    Location location();

    /** How the value reads in a message: {@code a mapping}, {@code a list}, {@code 'text'}. */
    String describe();

    /**
     * A mapping, its keys unique (a repeated key was reported and dropped).
     *
     * @param entries the entries in document order
     * @param location where it starts
     */
    record Mapping(List<Entry> entries, Location location) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * One key of a mapping and its value.
     *
     * @param key the key
     * @param keyLocation where the key was written
     * @param value its value
     */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /**
     * A list.
     *
     * @param items the items in document order
     * @param location where it starts
     */
    record Sequence(List<YamlNode> items, Location location) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: text, number, boolean or null.
     *
     * @param text the scalar's text ({@code ""} for null)
     * @param kind what YAML made of it
     * @param location where it was written
     */
    record Scalar(String text, Kind kind, Location location) implements YamlNode {

        boolean isNull() {
            return kind == Kind.NULL;
        }

        /** Text longer than this is shortened when a message quotes it. */
        private static final int QUOTED = 80;

        @Override
        public String describe() {
            if (kind == Kind.NULL) {
                return "null";
            }
            return text.length() <= QUOTED ? "'" + text + "'"
                    : "'" + text.substring(0, QUOTED) + "...' (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
                            + " characters)";
        }
    }

    /** What YAML made of a scalar. */
    enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }
}
