package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a core business concept, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record ConceptName(String value) implements Comparable<ConceptName> {

    public ConceptName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ConceptName must not be blank");
        }
    }

    public static ConceptName of(String value) {
        return new ConceptName(value);
    }

    @Override
    public int compareTo(ConceptName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
