package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a hook or composite hook of a frame, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record HookName(String value) implements Comparable<HookName> {

    public HookName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("HookName must not be blank");
        }
    }

    public static HookName of(String value) {
        return new HookName(value);
    }

    @Override
    public int compareTo(HookName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
