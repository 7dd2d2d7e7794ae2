package io.hooklake.generator.dialect;

/** How an event's value becomes a date. */
public enum DateKind {
    /** Already a date. */
    DATE,
    /** A timestamp without time zone: its day. */
    TIMESTAMP,
    /** A timestamp with time zone: its day in UTC. */
    TIMESTAMP_TZ,
    /** Any other expression: cast to a date. */
    OTHER
}
