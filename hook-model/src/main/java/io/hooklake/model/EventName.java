package io.hooklake.model;

import java.util.Objects;

/**
 * The name of an explicit event of a frame, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record EventName(String value) implements Comparable<EventName> {

    public EventName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("EventName must not be blank");
        }
    }

    public static EventName of(String value) {
        return new EventName(value);
    }

    @Override
    public int compareTo(EventName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
