package io.hooklake.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of a project's loads ({@link Loads}), recorded by load and table, so that a lakehouse can
 * land them load by load, every table of a load in one call.
 */
public final class RecordedRows implements LoadSink {

    private final Map<String, Map<String, List<String>>> rowsByLoad = new LinkedHashMap<>();

    private RecordedRows() {
    }

    /** The rows {@code loads} lands. */
    public static RecordedRows of(Consumer<LoadSink> loads) {
        RecordedRows recorded = new RecordedRows();
        loads.accept(recorded);
        return recorded;
    }

    @Override
    public void land(String table, String load, String... tuples) {
        rowsByLoad.computeIfAbsent(value(load), l -> new LinkedHashMap<>())
                .computeIfAbsent(table, t -> new ArrayList<>()).addAll(List.of(tuples));
    }

    /** A load literal's text: {@code TIMESTAMP '2024-01-01 00:00:00'} is {@code 2024-01-01 00:00:00}. */
    private static String value(String literal) {
        return literal.substring(literal.indexOf('\'') + 1, literal.lastIndexOf('\''));
    }

    /** The load values in the order of their times: timestamps as text, dlt load ids (seconds) by number. */
    public List<String> loads() {
        return rowsByLoad.keySet().stream().sorted(RecordedRows::compare).toList();
    }

    private static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /**
     * The rows of load {@code load} (its value's text), per table in the order landed, each row's
     * values as SQL literals.
     */
    public Map<String, List<String>> rows(String load) {
        Map<String, List<String>> rows = rowsByLoad.get(load);
        if (rows == null) {
            throw new IllegalArgumentException("no load " + load + " among " + loads());
        }
        return rows;
    }

    /** Whether any load has rows of {@code table}. */
    public boolean hasRows(String table) {
        return rowsByLoad.values().stream().anyMatch(tables -> tables.containsKey(table));
    }
}
