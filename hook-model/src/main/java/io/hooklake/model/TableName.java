package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a raw source table, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record TableName(String value) implements Comparable<TableName> {

    public TableName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("TableName must not be blank");
        }
    }

    public static TableName of(String value) {
        return new TableName(value);
    }

    @Override
    public int compareTo(TableName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
