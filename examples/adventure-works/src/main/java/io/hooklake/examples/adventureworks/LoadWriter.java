package io.hooklake.examples.adventureworks;

import static io.hooklake.examples.adventureworks.Catalog.quoted;

import io.hooklake.examples.adventureworks.Catalog.Col;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the loads from tables that hold every row once, with the load it first lands in
 * ({@code _load}): load n has the rows first landing in it, a few percent of the earlier rows
 * updated ({@link Changes}: a later {@code modified_date} and, for some tables, a changed
 * attribute), and a few percent of the earlier rows reloaded as they stand (with their latest
 * update). Each file is sorted by the primary key, so the same rows give the same bytes.
 */
final class LoadWriter {

    /** Per mille of the earlier rows updated in each later load. */
    static final int UPDATED_PER_MILLE = 30;
    /** Per mille of the earlier rows reloaded unchanged in each later load. */
    static final int RELOADED_PER_MILLE = 50;

    private final Catalog catalog;
    private final Timeline timeline;

    LoadWriter(Catalog catalog, Timeline timeline) {
        this.catalog = catalog;
        this.timeline = timeline;
    }

    static String folder(int load) {
        return String.format(Locale.ROOT, "load-%02d", load);
    }

    /** Writes every load of every table, then {@code loads.tsv}; returns the rows per table and load. */
    Map<String, long[]> write(Statement s, Path out) throws SQLException {
        Map<String, long[]> rows = new LinkedHashMap<>();
        try {
            for (int load = 1; load <= timeline.loads(); load++) {
                Files.createDirectories(out.resolve(folder(load)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String table : catalog.tables()) {
            long[] counts = new long[timeline.loads()];
            for (int load = 1; load <= timeline.loads(); load++) {
                Path file = out.resolve(folder(load)).resolve(table + ".parquet");
                try {
                    s.execute("COPY (" + select(table, load) + ") TO '" + file.toAbsolutePath().toString().replace("'", "''")
                            + "' (FORMAT parquet, COMPRESSION zstd)");
                } catch (SQLException e) {
                    throw new SQLException("table " + table + ", load " + load + ": " + e.getMessage(), e);
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('"
                        + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
                    rs.next();
                    counts[load - 1] = rs.getLong(1);
                }
            }
            rows.put(table, counts);
        }
        StringBuilder tsv = new StringBuilder("load\tloaded_at\n");
        for (int load = 1; load <= timeline.loads(); load++) {
            tsv.append(folder(load)).append('\t').append(Timeline.format(timeline.loadedAt(load))).append('\n');
        }
        try {
            Files.writeString(out.resolve("loads.tsv"), tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The rows of {@code table} in load {@code load}, sorted by its primary key. */
    String select(String table, int load) {
        List<Col> columns = catalog.columns(table);
        String plain = columns.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", "));
        String key = catalog.primaryKey(table).stream().map(Catalog::quoted).collect(Collectors.joining(", "));
        String t = quoted(table);
        if (load == 1) {
            return "SELECT " + plain + " FROM " + t + " WHERE _load = 1 ORDER BY " + key;
        }
        Map<String, String> changes = Changes.of(table);
        List<String> versioned = new ArrayList<>();
        for (Col c : columns) {
            String change = c.name().equals("modified_date")
                    ? "date_trunc('second', between_ts(lprev(_u), lat(_u), 0.2 + 0.7 * rnd('modified " + table + " ' || _u, hash(" + key + "))))"
                    : changes.get(c.name());
            versioned.add(change == null ? quoted(c.name())
                    : "CASE WHEN _u > 0 THEN CAST(" + change + " AS " + c.type() + ") ELSE " + quoted(c.name()) + " END AS " + quoted(c.name()));
        }
        StringBuilder lastUpdate = new StringBuilder("greatest(0");
        for (int l = 2; l <= load; l++) {
            lastUpdate.append(", CASE WHEN _load < ").append(l).append(" AND ").append(updated(table, key, l))
                    .append(" THEN ").append(l).append(" ELSE 0 END");
        }
        lastUpdate.append(")");
        return "SELECT " + plain + " FROM " + t + " WHERE _load = " + load
                + " UNION ALL SELECT " + String.join(", ", versioned) + " FROM (SELECT *, " + lastUpdate + " AS _u FROM " + t
                + " WHERE _load < " + load + " AND (" + updated(table, key, load) + " OR mix(hash(" + key + "), 'reload " + table + " " + load
                + "') % 1000 < " + RELOADED_PER_MILLE + ")) AS earlier ORDER BY " + key;
    }

    private String updated(String table, String key, int load) {
        return "mix(hash(" + key + "), 'update " + table + " " + load + "') % 1000 >= " + (1000 - UPDATED_PER_MILLE);
    }
}
