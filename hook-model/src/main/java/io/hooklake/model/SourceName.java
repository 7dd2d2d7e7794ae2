package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a source system, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record SourceName(String value) implements Comparable<SourceName> {

    public SourceName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("SourceName must not be blank");
        }
    }

    public static SourceName of(String value) {
        return new SourceName(value);
    }

    @Override
    public int compareTo(SourceName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
