package io.hooklake.examples.adventureworks;

import static io.hooklake.examples.adventureworks.Catalog.quoted;

import io.hooklake.examples.adventureworks.Catalog.ForeignKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits the real AdventureWorks tables into loads: a row lands in load 1 when a hash of the
 * first column of its key (name and value) falls in the first 80%, otherwise in one of the later loads by another hash; a row that other
 * rows reference lands no later than the earliest of them, so every reference finds its row in
 * the same or an earlier load.
 */
final class RealTables {

    private final Catalog catalog;
    private final Path folder;

    RealTables(Catalog catalog, Path folder) {
        this.catalog = catalog;
        this.folder = folder;
    }

    /** Checks that every table's file is there. */
    void check() {
        List<String> missing = catalog.tables().stream().filter(t -> !Files.isRegularFile(file(t))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the real data folder " + folder + " lacks " + missing.size() + " of the "
                    + catalog.tables().size() + " tables (" + missing.get(0) + ".parquet, ...): point --real at a folder like "
                    + "../shared/data/adventure-works");
        }
    }

    /** The newest modified_date of all tables: loads come after it. */
    LocalDateTime newest(Statement s) throws SQLException {
        String union = catalog.tables().stream().map(t -> "SELECT max(modified_date) AS m FROM " + read(t))
                .collect(Collectors.joining(" UNION ALL "));
        try (ResultSet rs = s.executeQuery("SELECT max(m) FROM (" + union + ")")) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime();
        }
    }

    /**
     * Reads the tables in reverse dependency order: a table's rows take the load their key's hash
     * gives, or the earliest load of a row that references them when that is earlier.
     */
    void build(Statement s, int loads) throws SQLException {
        List<String> order = new ArrayList<>(catalog.dependencyOrder());
        Collections.reverse(order);
        for (String table : order) {
            // By the first key column alone, so an order's lines land with it and a person with its employee and password.
            String first = catalog.primaryKey(table).get(0);
            String value = "hash(r." + quoted(first) + ")";
            String own = loads == 1 ? "1"
                    : "CASE WHEN mix(" + value + ", '" + first + "') % 100 < " + Math.round(Timeline.FIRST_SHARE * 100)
                            + " THEN 1 ELSE 2 + CAST(mix(" + value + ", 'later " + first + "') % " + (loads - 1) + " AS INTEGER) END";
            List<String> loadsOf = new ArrayList<>(List.of(own));
            StringBuilder joins = new StringBuilder();
            int k = 0;
            for (ForeignKey fk : catalog.foreignKeys()) {
                if (!fk.referenced().equals(table) || fk.table().equals(table)) {
                    continue;
                }
                String alias = "c" + k++;
                String columns = fk.columns().stream().map(Catalog::quoted).collect(Collectors.joining(", "));
                List<String> on = new ArrayList<>();
                for (int c = 0; c < fk.columns().size(); c++) {
                    on.add(alias + "." + quoted(fk.columns().get(c)) + " = r." + quoted(fk.referencedColumns().get(c)));
                }
                joins.append(" LEFT JOIN (SELECT ").append(columns).append(", min(_load) AS _first FROM ").append(quoted(fk.table()))
                        .append(" GROUP BY ALL) ").append(alias).append(" ON ").append(String.join(" AND ", on));
                loadsOf.add("coalesce(" + alias + "._first, " + loads + ")");
            }
            s.execute("CREATE OR REPLACE TABLE " + quoted(table) + " AS SELECT r.*, CAST(least(" + String.join(", ", loadsOf)
                    + ") AS INTEGER) AS _load FROM " + read(table) + " r" + joins);
        }
    }

    private Path file(String table) {
        return folder.resolve(table + ".parquet");
    }

    private String read(String table) {
        return "read_parquet('" + file(table).toAbsolutePath().toString().replace("'", "''") + "')";
    }
}
