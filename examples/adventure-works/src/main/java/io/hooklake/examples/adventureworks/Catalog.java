package io.hooklake.examples.adventureworks;

import io.hooklake.model.Column;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The 68 AdventureWorks tables: their columns and types as the HOOK project declares them, and
 * their primary keys, foreign keys and real row counts from the data description kept with this
 * example ({@code primary_keys.tsv}, {@code foreign_keys.tsv}, {@code row_counts.tsv}).
 */
final class Catalog {

    /** A column as written to Parquet: its name and DuckDB type. */
    record Col(String name, String type, boolean nullable) {
    }

    /** A foreign key: columns of {@code table} referencing the columns of {@code referenced}. */
    record ForeignKey(String table, List<String> columns, String referenced, List<String> referencedColumns) {
    }

    private final Map<String, List<Col>> columns = new TreeMap<>();
    private final Map<String, List<String>> primaryKeys = new TreeMap<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final Map<String, Long> rowCounts = new TreeMap<>();

    private Catalog() {
    }

    /** The tables of the project's sources (payload columns only, without the load column). */
    static Catalog of(Project project) {
        Catalog catalog = new Catalog();
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                List<Col> cols = new ArrayList<>();
                for (Column column : table.payload()) {
                    cols.add(new Col(column.name().value(), column.type().sql(), column.nullable()));
                }
                catalog.columns.put(table.name().value(), List.copyOf(cols));
            }
        }
        for (String[] row : tsv("primary_keys.tsv")) {
            catalog.primaryKeys.put(row[0], List.of(row[1].split(",")));
        }
        for (String[] row : tsv("foreign_keys.tsv")) {
            catalog.foreignKeys.add(new ForeignKey(row[0], List.of(row[1].split(",")), row[2], List.of(row[3].split(","))));
        }
        for (String[] row : tsv("row_counts.tsv")) {
            catalog.rowCounts.put(row[0], Long.parseLong(row[1]));
        }
        for (String table : catalog.primaryKeys.keySet()) {
            if (!catalog.columns.containsKey(table)) {
                throw new IllegalArgumentException("the project declares no table '" + table
                        + "': point --project at the AdventureWorks example's src/main/lakehouse");
            }
        }
        return catalog;
    }

    /** Table names, sorted. */
    List<String> tables() {
        return List.copyOf(primaryKeys.keySet());
    }

    List<Col> columns(String table) {
        return columns.get(table);
    }

    List<String> primaryKey(String table) {
        return primaryKeys.get(table);
    }

    /** All 90 foreign keys, in the order of {@code foreign_keys.tsv}. */
    List<ForeignKey> foreignKeys() {
        return List.copyOf(foreignKeys);
    }

    List<ForeignKey> foreignKeys(String table) {
        return foreignKeys.stream().filter(fk -> fk.table().equals(table)).toList();
    }

    /** The row count of the real table. */
    long rowCount(String table) {
        return rowCounts.get(table);
    }

    /** Every table after the tables it references (alphabetical among equals). */
    List<String> dependencyOrder() {
        Map<String, TreeSet<String>> needs = new LinkedHashMap<>();
        for (String table : tables()) {
            needs.put(table, new TreeSet<>());
        }
        for (ForeignKey fk : foreignKeys) {
            if (!fk.referenced().equals(fk.table())) {
                needs.get(fk.table()).add(fk.referenced());
            }
        }
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        while (order.size() < needs.size()) {
            needs.forEach((table, parents) -> {
                if (!order.contains(table) && !ready.contains(table) && order.containsAll(parents)) {
                    ready.add(table);
                }
            });
            if (ready.isEmpty()) {
                throw new IllegalStateException("foreign keys form a cycle among " + needs.keySet());
            }
            order.add(ready.poll());
        }
        return order;
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<String[]> tsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(Arrays.copyOf(line.split("\t", -1), 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
