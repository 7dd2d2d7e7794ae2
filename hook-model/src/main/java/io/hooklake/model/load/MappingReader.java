package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads the keys of one YAML mapping into typed, located values, collecting every problem
 * instead of stopping: a value of the wrong type (LH105), a missing required key (LH103), and, in
 * {@link #finish()}, every key that no getter asked for (LH101).
 *
 * <p>A key whose value is YAML null ({@code key:} with nothing after it) or blank text counts as
 * absent.
 */
final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();

    private MappingReader(YamlNode.Mapping mapping, String what, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** A reader of {@code node}, which must be a mapping (else LH105 and empty). */
    static Optional<MappingReader> of(YamlNode node, String what, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(new MappingReader(mapping, what, diagnostics));
        }
        diagnostics.error(ErrorCode.WRONG_VALUE, node.location(), what + " must be a mapping, not " + node.describe());
        return Optional.empty();
    }

    Location location() {
        return mapping.location();
    }

    /** The value of {@code key}, absent when missing or null. */
    Optional<YamlNode> get(String key) {
        known.add(key);
        return mapping.entry(key).map(YamlNode.Entry::value)
                .filter(v -> !(v instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank())));
    }

    /** Whether {@code key} is written, with a value or not. */
    boolean has(String key) {
        known.add(key);
        return mapping.entry(key).isPresent();
    }

    /** The value of a required key, whatever its type; LH103 when missing or without value. */
    Optional<YamlNode> required(String key) {
        Optional<YamlNode> node = get(key);
        if (node.isEmpty()) {
            missing(key);
        }
        return node;
    }

    /** Where {@code key} was written, or the mapping's location when it is missing. */
    Location keyLocation(String key) {
        return mapping.entry(key).map(YamlNode.Entry::keyLocation).orElse(mapping.location());
    }

    Optional<Located<String>> string(String key) {
        return get(key).flatMap(node -> text(key, node));
    }

    Optional<Located<String>> requiredString(String key) {
        Optional<YamlNode> node = get(key);
        if (node.isEmpty()) {
            missing(key);
            return Optional.empty();
        }
        return text(key, node.get());
    }

    Optional<Located<Boolean>> bool(String key) {
        return get(key).flatMap(node -> {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
                return Optional.of(new Located<>(Boolean.parseBoolean(s.text()), s.location()));
            }
            wrongType(key, node, "true or false");
            return Optional.empty();
        });
    }

    /** An enum value spelled in lower case, such as {@code sha256} for {@code SHA256}. */
    <E extends Enum<E>> Optional<Located<E>> enumValue(String key, Class<E> type) {
        return string(key).flatMap(text -> {
            List<String> spellings = Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
            int index = spellings.indexOf(text.value());
            if (index >= 0) {
                return Optional.of(new Located<>(type.getEnumConstants()[index], text.location()));
            }
            diagnostics.error(ErrorCode.WRONG_VALUE, text.location(),
                    "'" + text.value() + "' is not a valid " + key + " of " + what + ": expected one of "
                            + String.join(", ", spellings),
                    diagnostics.didYouMean(text.value(), spellings));
            return Optional.empty();
        });
    }

    /** A list of strings, empty when missing. */
    List<Located<String>> stringList(String key) {
        return optionalStringList(key).orElse(List.of());
    }

    /** A list of strings, absent when missing (so an empty list can mean something else). */
    Optional<List<Located<String>>> optionalStringList(String key) {
        return get(key).flatMap(node -> sequence(key, node)).map(sequence -> {
            List<Located<String>> values = new ArrayList<>();
            sequence.items().forEach(item -> item(key, item).ifPresent(values::add));
            return values;
        });
    }

    /** A required list of strings; LH103 when missing. */
    Optional<List<Located<String>>> requiredStringList(String key) {
        if (get(key).isEmpty()) {
            missing(key);
            return Optional.empty();
        }
        return optionalStringList(key);
    }

    /** A list of mappings read by {@code reader}; elements it could not read are left out. */
    <T> List<T> list(String key, BiFunction<YamlNode, Diagnostics, Optional<T>> reader) {
        return get(key).flatMap(node -> sequence(key, node)).map(sequence -> {
            List<T> values = new ArrayList<>();
            sequence.items().forEach(item -> reader.apply(item, diagnostics).ifPresent(values::add));
            return values;
        }).orElse(List.of());
    }

    /** A required list of mappings; LH103 when missing. */
    <T> Optional<List<T>> requiredList(String key, BiFunction<YamlNode, Diagnostics, Optional<T>> reader) {
        Optional<YamlNode> node = get(key);
        if (node.isEmpty()) {
            missing(key);
            return Optional.empty();
        }
        return sequence(key, node.get()).map(sequence -> list(key, reader));
    }

    /** A nested mapping. */
    Optional<MappingReader> mapping(String key, String nestedWhat) {
        return get(key).flatMap(node -> of(node, nestedWhat, diagnostics));
    }

    /** Reports every key that no getter asked for (LH101), with the nearest known key as hint. */
    void finish() {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                diagnostics.error(ErrorCode.UNKNOWN_KEY, entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what,
                        diagnostics.didYouMean(entry.key(), known)
                                .orElse("expected one of: " + known.stream().collect(Collectors.joining(", "))));
            }
        }
    }

    private void missing(String key) {
        String message = mapping.entry(key).isPresent()
                ? "key '" + key + "' of " + what + " has no value"
                : what + " is missing required key '" + key + "'";
        diagnostics.error(ErrorCode.MISSING_KEY, keyLocation(key), message);
    }

    private Optional<Located<String>> text(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return withinLimit(key, "'" + key + "' of " + what, s);
        }
        wrongType(key, node, "a single value");
        return Optional.empty();
    }

    private Optional<Located<String>> item(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return withinLimit(key, "an item of '" + key + "' of " + what, s);
        }
        diagnostics.error(ErrorCode.WRONG_VALUE, node.location(),
                "each item of '" + key + "' of " + what + " must be a single value, not " + node.describe());
        return Optional.empty();
    }

    /** The scalar's text, unless it is longer than a value of {@code key} may be (LH125). */
    private Optional<Located<String>> withinLimit(String key, String which, YamlNode.Scalar scalar) {
        int limit = Limits.length(key);
        if (scalar.text().length() > limit) {
            diagnostics.error(ErrorCode.LIMIT, scalar.location(), which + " has " + Limits.count(scalar.text().length())
                    + " characters, more than the " + Limits.count(limit) + " it may have");
            return Optional.empty();
        }
        return Optional.of(new Located<>(scalar.text(), scalar.location()));
    }

    private Optional<YamlNode.Sequence> sequence(String key, YamlNode node) {
        if (node instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence);
        }
        wrongType(key, node, "a list");
        return Optional.empty();
    }

    private void wrongType(String key, YamlNode node, String expected) {
        diagnostics.error(ErrorCode.WRONG_VALUE, node.location(),
                "key '" + key + "' of " + what + " must be " + expected + ", not " + node.describe());
    }
}
