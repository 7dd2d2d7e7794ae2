package io.hooklake.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows a read-only query returned, as text, for a person to read.
 *
 * @param columns the column names, in order; empty for a statement that returns no rows
 * @param numeric for each column, whether it holds numbers (right-aligned in {@link #toTable()})
 * @param rows the rows read, each value as DuckDB renders it, {@code NULL} for null
 * @param truncated whether the query returned more rows than were read
 */
public record QueryResult(List<String> columns, List<Boolean> numeric, List<List<String>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        if (numeric.size() != columns.size()) {
            throw new IllegalArgumentException("one numeric flag per column");
        }
    }

    /**
     * An aligned text table with a header, a rule and one line per row, then the row count:
     * <pre>
     * country_code | name
     * -------------+--------
     * FR           | France
     * (1 row)
     * </pre>
     */
    public String toTable() {
        if (columns.isEmpty()) {
            return "(no rows: the statement returns none)\n";
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns, widths, false);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        out.append(String.join("-+-", rule).stripTrailing()).append('\n');
        for (List<String> row : rows) {
            line(out, row, widths, true);
        }
        out.append(String.format(Locale.ROOT, "(%,d %s%s)", rows.size(), rows.size() == 1 ? "row" : "rows",
                truncated ? ", more not shown" : "")).append('\n');
        return out.toString();
    }

    private void line(StringBuilder out, List<String> values, int[] widths, boolean alignNumbers) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                line.append(" | ");
            }
            String value = values.get(c);
            String padding = " ".repeat(widths[c] - value.length());
            line.append(alignNumbers && numeric.get(c) ? padding + value : value + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
