package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a lakehouse project, as written in the project's YAML.
 *
 * @param value the name, never blank
 */
public record ProjectName(String value) implements Comparable<ProjectName> {

    public ProjectName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ProjectName must not be blank");
        }
    }

    public static ProjectName of(String value) {
        return new ProjectName(value);
    }

    @Override
    public int compareTo(ProjectName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
