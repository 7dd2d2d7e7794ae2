package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a column of a source table, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record ColumnName(String value) implements Comparable<ColumnName> {

    public ColumnName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ColumnName must not be blank");
        }
    }

    public static ColumnName of(String value) {
        return new ColumnName(value);
    }

    @Override
    public int compareTo(ColumnName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
