package io.hooklake.runtime.duckdb;

import io.hooklake.generator.ModelColumn;
import io.hooklake.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * One query over the rows of {@code select} that casts every declared column (so a value that does not
     * convert fails it, before anything is landed) and, for each lossy condition, counts the rows
     * it holds with the first one's row number (1 for the first data row) and value.
     *
     * @param found the input's column types by name
     */
    static Scan scan(String select, List<ModelColumn> declared, Map<String, String> found, SqlNames names) {
        List<String> aggregates = new ArrayList<>();
        List<ModelColumn> casts = new ArrayList<>();
        List<ModelColumn> checked = new ArrayList<>();
        for (ModelColumn column : declared) {
            String type = found.get(column.name());
            SqlType target = SqlType.of(column.type());
            if (type == null || SqlType.of(type).sql().equals(target.sql())) {
                continue;
            }
            String quoted = names.quoted(column.name());
            aggregates.add("count(CAST(" + quoted + " AS " + target.sql() + "))");
            Optional<String> lossy = condition(quoted, type, target);
            casts.add(column);
            if (lossy.isPresent()) {
                String when = " FILTER (WHERE " + quoted + " IS NOT NULL AND (" + lossy.get() + "))";
                aggregates.add("count(*)" + when);
                aggregates.add("min(__hooklake_row)" + when);
                aggregates.add("arg_min(CAST(" + quoted + " AS VARCHAR), __hooklake_row)" + when);
                checked.add(column);
            }
        }
        if (casts.isEmpty()) {
            return new Scan(Optional.empty(), casts, checked);
        }
        String sql = "SELECT " + String.join(", ", aggregates) + " FROM (SELECT *, row_number() OVER () AS __hooklake_row"
                + " FROM (" + select + ") AS input) AS incoming";
        return new Scan(Optional.of(sql), casts, checked);
    }

    /**
     * A scan's statement (none when every column already has its declared type), the columns it
     * casts and, among them, those it checks for lossy values, in order.
     */
    record Scan(Optional<String> sql, List<ModelColumn> casts, List<ModelColumn> checked) {
    }
}
