package io.hooklake.runtime;

/** How a model of the generated project compares with what the lakehouse last built. */
public enum Category {
    /** No state: never built. */
    ADDED,
    /** State but no model: it will be dropped. */
    REMOVED,
    /** Its own definition (fingerprint without parents) differs. */
    CHANGED_DIRECTLY,
    /** Only its full fingerprint differs: a parent changed. */
    CHANGED_THROUGH_PARENT,
    /** Built with exactly this definition. */
    UNCHANGED
}
