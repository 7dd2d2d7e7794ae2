package io.hooklake.model;

/**
 * How point-in-time hooks (and the bridges' row keys) are stored. They only join: a user reads a
 * frame's business keys through its hooks, never through the point-in-time hook's text.
 */
public enum PointInTimeHooks {
    /** A 64-bit key: the BIGINT {@link HookStorage#HASH64} gives the text (the default). */
    COMPACT,
    /** Stored as the project's hooks are: readable text with {@code hook_storage: text}. */
    LIKE_HOOKS
}
