package io.hooklake.generator.dialect;

/** How the values of a load column become the timestamps that bound record versions. */
public enum LoadKind {
    /** A timestamp without time zone: used as is. */
    TIMESTAMP,
    /** A timestamp with time zone: taken in UTC, so the result does not depend on the session. */
    TIMESTAMP_TZ,
    /** A date: midnight of that day. */
    DATE,
    /** A number of seconds since 1970-01-01 UTC. */
    EPOCH_NUMBER,
    /** Text holding seconds since 1970-01-01 UTC, such as dlt's {@code _dlt_load_id}. */
    EPOCH_TEXT
}
