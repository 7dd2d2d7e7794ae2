package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a keyset, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record KeysetName(String value) implements Comparable<KeysetName> {

    public KeysetName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("KeysetName must not be blank");
        }
    }

    public static KeysetName of(String value) {
        return new KeysetName(value);
    }

    @Override
    public int compareTo(KeysetName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
