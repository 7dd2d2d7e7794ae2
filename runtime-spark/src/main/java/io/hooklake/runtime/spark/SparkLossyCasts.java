package io.hooklake.runtime.spark;

import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.SqlType;
import io.hooklake.runtime.landing.LossyScan;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which values of an input, as Spark reads it, would change when cast to their declared column
 * types: Spark's casts (ANSI) truncate a fraction cast to an integer, round digits beyond a
 * decimal's scale and drop the time of day cast to a date without an error, so ingest looks for
 * such values first and refuses them, as the DuckDB engine does. A value is lossy when, read as
 * the widest type of its kind, it differs from its cast. Casts to floating point round by
 * definition and are not checked; a value that does not convert at all fails the scan's cast.
 */
final class SparkLossyCasts {

    private static final Set<String> INTEGERS = Set.of("TINYINT", "BYTE", "SMALLINT", "SHORT", "INT", "INTEGER",
            "BIGINT", "LONG");
    private static final Set<String> FLOATS = Set.of("FLOAT", "REAL", "DOUBLE");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private SparkLossyCasts() {
    }

    /**
     * The condition under which the value of column {@code quoted}, of Spark type {@code found},
     * changes when cast to Spark type {@code target}; empty when no value can.
     */
    static Optional<String> condition(String quoted, String found, String target) {
        SqlType from = SqlType.of(found);
        SqlType to = SqlType.of(target);
        String cast = "CAST(" + quoted + " AS " + target + ")";
        if (to.isText()) {
            Matcher length = LENGTH.matcher(to.sql());
            return length.find() ? Optional.of("length(CAST(" + quoted + " AS STRING)) > " + length.group(1))
                    : Optional.empty();
        }
        if (from.sql().equals(to.sql()) || FLOATS.contains(to.baseName())) {
            return Optional.empty();
        }
        if (INTEGERS.contains(to.baseName()) || to.baseName().equals("DECIMAL")) {
            if (from.isText()) {
                return Optional.of("try_cast(" + quoted + " AS DECIMAL(38,10)) IS DISTINCT FROM try_cast(try_cast("
                        + quoted + " AS " + target + ") AS DECIMAL(38,10))");
            }
            return INTEGERS.contains(from.baseName()) || FLOATS.contains(from.baseName()) || from.baseName().equals("DECIMAL")
                    ? Optional.of(cast + " <> " + quoted) : Optional.empty();
        }
        if (to.isDate() || to.baseName().equals("TIMESTAMP_NTZ")) {
            if (from.isText()) {
                return Optional.of("try_cast(" + quoted + " AS TIMESTAMP_NTZ) IS DISTINCT FROM try_cast(try_cast(" + quoted
                        + " AS " + target + ") AS TIMESTAMP_NTZ)");
            }
            // TIMESTAMP (with local time zone) too: the session's zone is always UTC.
            if (from.isDate() || from.baseName().equals("TIMESTAMP_NTZ") || from.baseName().equals("TIMESTAMP")) {
                return Optional.of("CAST(" + cast + " AS TIMESTAMP_NTZ) <> CAST(" + quoted + " AS TIMESTAMP_NTZ)");
            }
        }
        return Optional.empty();
    }

    /**
     * How Spark spells an ingest's {@link LossyScan}: declared types in Spark's spelling, rows
     * numbered in the order of the files and their rows.
     */
    static final LossyScan.Sql SQL = new LossyScan.Sql() {
        @Override
        public String quoted(String column) {
            return Dialect.spark().quoted(column);
        }

        @Override
        public String type(String declared) {
            return SparkTypes.of(declared);
        }

        @Override
        public Optional<String> lossy(String quoted, String found, String type) {
            return condition(quoted, found, type);
        }

        @Override
        public String numbered(String select) {
            return "SELECT *, row_number() OVER (ORDER BY monotonically_increasing_id()) AS " + LossyScan.ROW + " FROM ("
                    + select + ") AS input";
        }

        @Override
        public String firstValue(String quoted) {
            return "min_by(CAST(" + quoted + " AS STRING), " + LossyScan.ROW + ")";
        }
    };
}
