package io.hooklake.runtime.bench;

import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.ValueSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the SELECTs that land a project's Parquet data scaled up {@code scale} times, and the
 * SELECTs of a later load that changes (or reloads) a deterministic 1% of those rows.
 *
 * <p>Copy {@code k} (0 to scale - 1; copy 0 is the data as it is) offsets every key column of
 * every table: the table's primary key and every column a hook of a frame over it takes its
 * business key from. Integer keys get {@code k * P} added, text keys {@code ~k} appended; dates
 * and timestamps stay as they are (they are never the only key column). Key columns whose hooks
 * share a keyset form one domain and share one {@code P}, the smallest power of ten (at least 10)
 * above the greatest value of any column of the domain, so a foreign hook still meets its primary
 * hook inside each copy.
 */
final class ScaledLoadBuilder {

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT");
    private static final Map<String, Long> MAXIMA = Map.of("TINYINT", 127L, "SMALLINT", 32_767L, "INTEGER",
            2_147_483_647L, "INT", 2_147_483_647L, "BIGINT", Long.MAX_VALUE, "HUGEINT", Long.MAX_VALUE);

    /** A key column and the offset unit of its domain (0 for dates and other types left alone). */
    record KeyColumn(Column column, long unit) {
    }

    private final Path data;
    private final int scale;
    private final Map<Table, List<KeyColumn>> keys = new HashMap<>();

    private ScaledLoadBuilder(Path data, int scale) {
        this.data = data;
        this.scale = scale;
    }

    /** Reads the greatest key values from the Parquet files in {@code data} and fixes the domains. */
    static ScaledLoadBuilder of(Project project, Path data, int scale) throws SQLException {
        ScaledLoadBuilder builder = new ScaledLoadBuilder(data, scale);
        Map<String, String> parent = new HashMap<>();
        Map<String, Column> columns = new TreeMap<>();
        Map<String, Table> tables = new HashMap<>();
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                for (ColumnName key : table.primaryKey()) {
                    add(parent, columns, tables, table, key);
                }
            }
        }
        for (Frame frame : project.frames()) {
            Table table = project.table(frame.source(), frame.table()).orElseThrow();
            for (Hook hook : frame.hooks()) {
                if (hook.businessKey() instanceof ValueSource.ColumnRef ref) {
                    String node = add(parent, columns, tables, table, ref.column());
                    union(parent, node, "keyset " + hook.keyset().value());
                }
            }
            for (ColumnName grain : frame.grain()) {
                add(parent, columns, tables, table, grain);
            }
        }
        Map<String, Long> maxima = new HashMap<>();
        Map<String, Long> limits = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (var entry : columns.entrySet()) {
                Column column = entry.getValue();
                String type = column.type().baseName();
                if (!INTEGERS.contains(type)) {
                    continue;
                }
                String root = find(parent, entry.getKey());
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(abs(" + quoted(column.name()) + ")), 0) FROM "
                        + builder.file(tables.get(entry.getKey())))) {
                    rs.next();
                    maxima.merge(root, rs.getLong(1), Math::max);
                }
                limits.merge(root, MAXIMA.get(type), Math::min);
            }
        }
        for (var entry : columns.entrySet()) {
            Column column = entry.getValue();
            String root = find(parent, entry.getKey());
            long unit = 0;
            if (column.type().isText()) {
                unit = 1;
            } else if (INTEGERS.contains(column.type().baseName())) {
                unit = 10;
                while (unit <= maxima.get(root)) {
                    unit *= 10;
                }
                if ((scale - 1) * (double) unit + maxima.get(root) > limits.get(root)) {
                    throw new IllegalArgumentException("scale " + scale + " overflows key " + entry.getKey()
                            + " (greatest value " + maxima.get(root) + ", offset unit " + unit + ")");
                }
            }
            builder.keys.computeIfAbsent(tables.get(entry.getKey()), t -> new ArrayList<>()).add(new KeyColumn(column, unit));
        }
        return builder;
    }

    /** The key columns of a table, in declared order. */
    List<KeyColumn> keys(Table table) {
        List<KeyColumn> declared = new ArrayList<>(keys.getOrDefault(table, List.of()));
        declared.sort((a, b) -> Integer.compare(table.columns().indexOf(a.column()), table.columns().indexOf(b.column())));
        return declared;
    }

    /** All {@code scale} copies of a table. */
    String scaled(Table table) {
        List<String> replaced = new ArrayList<>();
        for (KeyColumn key : keys(table)) {
            String name = quoted(key.column().name());
            if (key.column().type().isText()) {
                replaced.add("CASE WHEN _copy = 0 THEN " + name + " ELSE " + name + " || '~' || _copy END AS " + name);
            } else if (key.unit() > 0) {
                replaced.add("CAST(" + name + " + _copy * " + key.unit() + " AS " + key.column().type().sql() + ") AS " + name);
            }
        }
        String select = replaced.isEmpty() ? "SELECT *" : "SELECT * REPLACE (" + String.join(", ", replaced) + ")";
        return select + " FROM " + file(table) + ", range(" + scale + ") AS copies(_copy)";
    }

    /**
     * The rows of the scaled table whose key hashes to {@code bucket} modulo 100, with one
     * payload column changed when {@code change} (see {@link #changedColumn}), as they are otherwise.
     */
    String percent(Table table, int bucket, boolean change) {
        List<String> key = keys(table).stream().map(k -> quoted(k.column().name())).toList();
        if (key.isEmpty()) {
            key = table.payload().stream().map(c -> quoted(c.name())).toList();
        }
        String sample = "SELECT * FROM (" + scaled(table) + ") AS scaled WHERE hash(" + String.join(", ", key) + ") % 100 = " + bucket;
        if (!change) {
            return sample;
        }
        return changedColumn(table).map(c -> "SELECT * REPLACE (" + changed(c) + " AS " + quoted(c.name()) + ") FROM ("
                + sample + ") AS sampled").orElse(sample);
    }

    /**
     * The payload column a change load modifies: {@code modified_date} when it is not a key,
     * else the first non-key timestamp, date, text or integer column; empty when every column is a key.
     */
    Optional<Column> changedColumn(Table table) {
        Set<Column> keyColumns = keys(table).stream().map(KeyColumn::column).collect(Collectors.toSet());
        List<Column> candidates = table.payload().stream().filter(c -> !keyColumns.contains(c)).toList();
        return candidates.stream().filter(c -> c.name().value().equals("modified_date")).findFirst()
                .or(() -> candidates.stream().filter(c -> c.type().isTimestamp() || c.type().isDate()).findFirst())
                .or(() -> candidates.stream().filter(c -> c.type().isText()).findFirst())
                .or(() -> candidates.stream().filter(c -> INTEGERS.contains(c.type().baseName())).findFirst());
    }

    private static String changed(Column column) {
        String name = quoted(column.name());
        if (column.type().isTimestamp() || column.type().isDate()) {
            return "CAST(" + name + " + INTERVAL 1 DAY AS " + column.type().sql() + ")";
        }
        if (column.type().isText()) {
            return "coalesce(" + name + ", '') || '*'";
        }
        return "CAST(coalesce(" + name + ", 0) + 1 AS " + column.type().sql() + ")";
    }

    /** A line per table: its key columns and units, and the column a change load modifies. */
    String describe(Project project) {
        StringBuilder text = new StringBuilder();
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                text.append(String.format(Locale.ROOT, "  %-40s keys %s; changes %s%n", table.name().value(),
                        keys(table).stream().map(k -> k.column().name().value() + (k.column().type().isText() ? "~k"
                                : k.unit() > 0 ? "+k*" + k.unit() : "(kept)")).collect(Collectors.joining(", ")),
                        changedColumn(table).map(c -> c.name().value()).orElse("nothing (reloaded as is)")));
            }
        }
        return text.toString();
    }

    private String file(Table table) {
        return "read_parquet('" + data.resolve(table.name().value() + ".parquet").toAbsolutePath().toString().replace("'", "''") + "')";
    }

    private static String add(Map<String, String> parent, Map<String, Column> columns, Map<String, Table> tables,
            Table table, ColumnName name) {
        String node = table.source().value() + "." + table.name().value() + "." + name.value();
        Column column = table.column(name).orElseThrow(() -> new IllegalArgumentException("no column " + node));
        columns.put(node, column);
        tables.put(node, table);
        parent.putIfAbsent(node, node);
        return node;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(b, b);
        parent.put(find(parent, a), find(parent, b));
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    static String quoted(ColumnName name) {
        return "\"" + name.value().replace("\"", "\"\"") + "\"";
    }
}
