package io.hooklake.model;

import java.util.Locale;

/**
 * How a metric's measure sums up the events of one day: in the YAML {@code count}, {@code sum},
 * {@code min}, {@code max} or {@code avg}.
 */
public enum Aggregate {
    /** The number of events, or of events whose measure column is not NULL. */
    COUNT,
    /** The sum of the measure column. */
    SUM,
    /** The smallest value of the measure column. */
    MIN,
    /** The largest value of the measure column. */
    MAX,
    /** The mean of the measure column (NULLs left out). */
    AVG;

    /** The name as written in the YAML, {@code sum}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it needs a measure column: every aggregate but {@code count}. */
    public boolean needsColumn() {
        return this != COUNT;
    }
}
