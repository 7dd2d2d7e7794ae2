package io.hooklake.generator;

/** How a model is kept in the lakehouse. */
public enum Materialization {
    /** A view, recomputed on read. */
    VIEW,
    /** A table, rebuilt whole. */
    TABLE,
    /** A table kept incrementally: a run only does the work new loads need. */
    INCREMENTAL
}
