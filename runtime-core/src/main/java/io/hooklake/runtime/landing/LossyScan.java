package io.hooklake.runtime.landing;

import io.hooklake.generator.ModelColumn;
import io.hooklake.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One statement over an ingest's input that casts every declared column whose input type differs
 * from the declared one (so a value that does not convert fails it, before anything is landed)
 * and, for each column whose values a cast could change, counts the rows where it would, with the
 * first one's row number (1 for the first data row) and value. Engine-neutral: the engine gives its
 * SQL ({@link Sql}).
 */
public final class LossyScan {

    /** How an engine spells what the scan needs. */
    public interface Sql {

        /** A column name quoted. */
        String quoted(String column);

        /** A declared type (DuckDB's spelling, as the YAML declares it) as the engine spells it. */
        String type(String declared);

        /**
         * The condition under which the value of column {@code quoted}, of input type {@code found},
         * changes when cast to {@code type}; empty when no value can.
         */
        Optional<String> lossy(String quoted, String found, String type);

        /** The rows of {@code select}, numbered from 1 in the input's order in a column {@value #ROW}. */
        String numbered(String select);

        /** An aggregate: the value of {@code quoted} as text in the row with the lowest {@value #ROW}. */
        String firstValue(String quoted);
    }

    /** The row number column of {@link Sql#numbered}. */
    public static final String ROW = "__hooklake_row";

    private final String sql;
    private final List<ModelColumn> casts;
    private final List<ModelColumn> checked;
    private final Map<String, String> found;

    private LossyScan(String sql, List<ModelColumn> casts, List<ModelColumn> checked, Map<String, String> found) {
        this.sql = sql;
        this.casts = casts;
        this.checked = checked;
        this.found = found;
    }

    /**
     * The scan of {@code select}, whose columns have the types {@code found} (by name, as the engine
     * reads them), for the {@code declared} columns; empty when every column has its declared type.
     */
    public static Optional<LossyScan> of(String select, List<ModelColumn> declared, Map<String, String> found, Sql engine) {
        List<String> aggregates = new ArrayList<>();
        List<ModelColumn> casts = new ArrayList<>();
        List<ModelColumn> checked = new ArrayList<>();
        for (ModelColumn column : declared) {
            String type = found.get(column.name());
            String target = engine.type(column.type());
            if (type == null || SqlType.of(type).sql().equals(SqlType.of(target).sql())) {
                continue;
            }
            String quoted = engine.quoted(column.name());
            aggregates.add("count(CAST(" + quoted + " AS " + target + "))");
            casts.add(column);
            Optional<String> lossy = engine.lossy(quoted, type, target);
            if (lossy.isPresent()) {
                String when = " FILTER (WHERE " + quoted + " IS NOT NULL AND (" + lossy.get() + "))";
                aggregates.add("count(*)" + when);
                aggregates.add("min(" + ROW + ")" + when);
                aggregates.add(engine.firstValue(quoted) + when);
                checked.add(column);
            }
        }
        if (casts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LossyScan("SELECT " + String.join(", ", aggregates) + " FROM (" + engine.numbered(select)
                + ") AS incoming", casts, checked, found));
    }

    /** The statement, one row. */
    public String sql() {
        return sql;
    }

    /**
     * The values that would change, from the statement's row: {@code value} gives its columns by
     * position from 0 (counts and row numbers as numbers, examples as text).
     */
    public List<LossyValues> lossy(IntFunction<Object> value) {
        List<LossyValues> lossy = new ArrayList<>();
        int at = 0;
        for (ModelColumn column : casts) {
            at++;
            if (checked.contains(column)) {
                long count = ((Number) value.apply(at)).longValue();
                if (count > 0) {
                    lossy.add(new LossyValues(column.name(), found.get(column.name()), column.type(), count,
                            ((Number) value.apply(at + 1)).longValue(), String.valueOf(value.apply(at + 2))));
                }
                at += 3;
            }
        }
        return lossy;
    }
}
