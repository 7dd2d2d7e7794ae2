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
import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits the real AdventureWorks tables into loads: a row lands in load 1 when a hash of its key
 * falls in the first 80%, otherwise in one of the later loads by another hash, and never before
 * a row it references (each table is read after the tables it references, and a row's load is
 * raised to the latest load of its referenced rows).
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

    void build(Statement s, int loads, long seed) throws SQLException {
        for (String table : catalog.dependencyOrder()) {
            String key = catalog.primaryKey(table).stream().map(c -> "r." + quoted(c)).collect(Collectors.joining(", "));
            String own = loads == 1 ? "1"
                    : "CASE WHEN hash(" + seed + ", '" + table + "', " + key + ") % 100 < " + Math.round(Timeline.FIRST_SHARE * 100)
                            + " THEN 1 ELSE 2 + CAST(hash(" + seed + ", '" + table + " later', " + key + ") % " + (loads - 1)
                            + " AS INTEGER) END";
            List<String> loadsOf = new ArrayList<>(List.of(own));
            StringBuilder joins = new StringBuilder();
            int k = 0;
            for (ForeignKey fk : catalog.foreignKeys(table)) {
                String alias = "p" + k++;
                List<String> on = new ArrayList<>();
                for (int c = 0; c < fk.columns().size(); c++) {
                    on.add(alias + "." + quoted(fk.referencedColumns().get(c)) + " = r." + quoted(fk.columns().get(c)));
                }
                joins.append(" LEFT JOIN ").append(quoted(fk.referenced())).append(' ').append(alias).append(" ON ")
                        .append(String.join(" AND ", on));
                loadsOf.add("coalesce(" + alias + "._load, 1)");
            }
            s.execute("CREATE OR REPLACE TABLE " + quoted(table) + " AS SELECT r.*, CAST(greatest(" + String.join(", ", loadsOf)
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
