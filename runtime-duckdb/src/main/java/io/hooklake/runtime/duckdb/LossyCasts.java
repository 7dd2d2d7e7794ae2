package io.hooklake.runtime.duckdb;

import io.hooklake.model.SqlType;
import io.hooklake.runtime.landing.LossyScan;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which values of an input would change when cast to their declared column types: a fraction cast
 * to an integer, digits beyond a decimal's scale, a time of day cast to a date, fractions of a
 * second beyond a timestamp's precision, text longer than a declared length. DuckDB rounds or
 * truncates these silently; ingest refuses them.
 *
 * <p>A value is lossy when, read as the widest type of its kind, it differs from its cast. Casts
 * to {@code FLOAT}/{@code REAL}/{@code DOUBLE} round by definition and are not checked; casts to
 * text lose nothing; types not listed here are left to DuckDB's own conversion errors.
 */
final class LossyCasts {

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "INT1", "INT2", "INT4", "INT8", "LONG", "SHORT");
    private static final Set<String> FLOATS = Set.of("FLOAT", "REAL", "DOUBLE", "FLOAT4", "FLOAT8");
    private static final Set<String> COARSE_TIMES = Set.of("DATE", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP",
            "DATETIME");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private LossyCasts() {
    }

    /**
     * The condition under which the value of column {@code quoted}, of input type {@code found},
     * changes when cast to {@code declared}; empty when no value can.
     */
    static Optional<String> condition(String quoted, String found, SqlType declared) {
        String from = SqlType.of(found).baseName();
        String to = declared.baseName();
        String cast = "CAST(" + quoted + " AS " + declared.sql() + ")";
        if (declared.isText()) {
            Matcher length = LENGTH.matcher(declared.sql());
            return length.find() ? Optional.of("length(CAST(" + quoted + " AS VARCHAR)) > " + length.group(1))
                    : Optional.empty();
        }
        if (SqlType.of(found).sql().equals(declared.sql()) || FLOATS.contains(to)) {
            return Optional.empty();
        }
        boolean text = SqlType.of(found).isText();
        if (INTEGERS.contains(to) || to.equals("DECIMAL") || to.equals("NUMERIC")) {
            if (text) {
                return Optional.of("TRY_CAST(" + quoted + " AS DECIMAL(38, 10)) IS DISTINCT FROM CAST(" + cast
                        + " AS DECIMAL(38, 10))");
            }
            if (numeric(from)) {
                return Optional.of(cast + " <> " + quoted);
            }
            return Optional.empty();
        }
        if (COARSE_TIMES.contains(to)) {
            if (text) {
                return Optional.of("TRY_CAST(" + quoted + " AS TIMESTAMP_NS) IS DISTINCT FROM CAST(" + cast
                        + " AS TIMESTAMP_NS)");
            }
            if (from.equals("DATE") || from.startsWith("TIMESTAMP") && !found.toUpperCase(Locale.ROOT).contains("ZONE")
                    && !from.equals("TIMESTAMPTZ")) {
                return Optional.of("CAST(" + cast + " AS TIMESTAMP_NS) <> CAST(" + quoted + " AS TIMESTAMP_NS)");
            }
        }
        return Optional.empty();
    }

    private static boolean numeric(String base) {
        return INTEGERS.contains(base) || FLOATS.contains(base) || base.equals("DECIMAL") || base.equals("NUMERIC");
    }

    /** How DuckDB spells an ingest's {@link LossyScan}: declared types as they are, rows numbered in the input's order. */
    static LossyScan.Sql sql(SqlNames names) {
        return new LossyScan.Sql() {
            @Override
            public String quoted(String column) {
                return names.quoted(column);
            }

            @Override
            public String type(String declared) {
                return SqlType.of(declared).sql();
            }

            @Override
            public Optional<String> lossy(String quoted, String found, String type) {
                return condition(quoted, found, SqlType.of(type));
            }

            @Override
            public String numbered(String select) {
                return "SELECT *, row_number() OVER () AS " + LossyScan.ROW + " FROM (" + select + ") AS input";
            }

            @Override
            public String firstValue(String quoted) {
                return "arg_min(CAST(" + quoted + " AS VARCHAR), " + LossyScan.ROW + ")";
            }
        };
    }
}
