package io.hooklake.runtime;

/** What a run does to a model. */
public enum Action {
    NOTHING,
    /** Take in the loads after the model's watermark: delete and insert the affected entities' rows. */
    INCREMENTAL,
    /** Build the whole table again from every landed row. */
    FULL_REBUILD,
    /** Create or replace the view. */
    RECREATE_VIEW,
    /** Drop the relation and its state. */
    DROP;

    /** Lower case with spaces, as printed: {@code full rebuild}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
