package io.hooklake.runtime.spark;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;

/**
 * Spark's failures as the runtime expects an engine's: an {@link SQLException} whose message is
 * Spark's own error for the user ({@code [CAST_INVALID_INPUT] The value 'NL' ...} with the place
 * in the statement), without the Java class names and stack traces Spark wraps a failed task's
 * error in ("Job aborted due to stage failure ... Driver stacktrace:"). The cause keeps them all.
 */
final class SparkFailures {

    /** A stack frame line of a message. */
    private static final Pattern FRAME = Pattern.compile("(?m)^\\s*at [\\w.$/<>]+\\(.*\\)\\s*$\\n?");
    /** A Java class name before a message: {@code org.apache.spark.SparkNumberFormatException: }. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b)");

    private SparkFailures() {
    }

    static SQLException of(RuntimeException e) {
        return new SQLException(message(e), e);
    }

    /** The message for the user: that of the innermost Spark error with an error condition, cleaned of Java details. */
    static String message(Throwable failure) {
        Throwable chosen = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SparkThrowable spark && spark.getCondition() != null && t.getMessage() != null) {
                chosen = t;
            }
        }
        String message = chosen.getMessage() == null ? "" : chosen.getMessage();
        int driver = message.indexOf("Driver stacktrace:");
        if (driver >= 0) {
            message = message.substring(0, driver);
        }
        message = FRAME.matcher(message).replaceAll("");
        message = CLASS_PREFIX.matcher(message).replaceAll("").strip();
        return message.isEmpty() ? "Spark failed without a message" : message;
    }
}
