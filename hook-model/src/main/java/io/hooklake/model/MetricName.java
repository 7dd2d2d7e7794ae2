package io.hooklake.model;

import java.util.Objects;

/**
 * The name of a metric, as written in the project's YAML (or, for a default metric, {@code <frame>__<event>}).
 *
 * @param value the name, never blank
 */
public record MetricName(String value) implements Comparable<MetricName> {

    public MetricName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MetricName must not be blank");
        }
    }

    public static MetricName of(String value) {
        return new MetricName(value);
    }

    @Override
    public int compareTo(MetricName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
