package io.hooklake.runtime.spark;

import java.sql.SQLException;

/** Spark's failures as the runtime expects an engine's: an {@link SQLException} with Spark's own message. */
final class SparkFailures {

    private SparkFailures() {
    }

    static SQLException of(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SQLException(message.strip(), e);
    }
}
