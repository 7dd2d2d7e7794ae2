package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkThrowable;
import org.junit.jupiter.api.Test;

class SparkFailuresTest {

    /** A Spark error with a condition, as a failed task raises one. */
    private static final class CastFailure extends RuntimeException implements SparkThrowable {
        CastFailure(String message) {
            super(message);
        }

        @Override
        public String getCondition() {
            return "CAST_INVALID_INPUT";
        }
    }

    @Test
    void aFailedTasksErrorIsReportedWithoutTheJobsWrappingClassNamesOrStackTraces() {
        String spark = "[CAST_INVALID_INPUT] The value 'NL' of the type \"STRING\" cannot be cast to \"INT\". SQLSTATE: 22018\n"
                + "== SQL (line 4, position 30) ==\n    CAST(country_code AS INTEGER)\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^";
        RuntimeException job = new RuntimeException("Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times,"
                + " most recent failure: Lost task 0.0: org.apache.spark.SparkNumberFormatException: " + spark
                + "\n\tat org.apache.spark.sql.errors.QueryExecutionErrors$.invalidInputInCastToNumberError(X.scala:1)\n"
                + "Driver stacktrace:\n\tat org.apache.spark.scheduler.DAGScheduler.failJob(DAGScheduler.scala:2)",
                new CastFailure(spark));

        assertThat(SparkFailures.of(job).getMessage()).isEqualTo(spark);
        assertThat(SparkFailures.of(job).getCause()).isSameAs(job);
    }

    @Test
    void withoutASparkErrorTheMessageLosesClassNamesAndFramesOnly() {
        RuntimeException job = new RuntimeException("Job aborted: java.lang.IllegalStateException: no space left\n"
                + "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:1)\nDriver stacktrace:\n\tat x.Y.z(Y.java:1)");

        assertThat(SparkFailures.message(job)).isEqualTo("Job aborted: no space left");
    }
}
