package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a frame, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record FrameName(String value) implements Comparable<FrameName> {

    public FrameName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("FrameName must not be blank");
        }
    }

    public static FrameName of(String value) {
        return new FrameName(value);
    }

    @Override
    public int compareTo(FrameName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
