package io.hooklake.model;

/**
 * What a run does when a frame's landed rows hold two different rows for one key in one load, or
 * rows with a NULL key (which no version can hold): {@code data_checks} in the project section.
 */
public enum DataChecks {
    /** Report them (counts, an example key, the table) and go on (the default). */
    WARN,
    /** Report them and fail the run: the frame is not committed. */
    FAIL
}
