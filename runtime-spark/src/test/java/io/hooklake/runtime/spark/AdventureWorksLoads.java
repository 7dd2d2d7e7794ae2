package io.hooklake.runtime.spark;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.runtime.Lakehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small, deterministic sample of the real AdventureWorks data (the shared Parquet files) in two
 * loads, written by DuckDB as a folder of Parquet files per source and load, so that both engines
 * ingest the very same files through {@link io.hooklake.runtime.Landing#ingestFolder}. Each row
 * falls in a bucket 0 to 99 by a hash of its key; a table of fewer than {@value #SMALL} rows is
 * kept whole, a larger one in its first {@value #SAMPLED} buckets. Load 1 holds two thirds of the
 * kept rows; load 2 the other third (inserts), a sixth of load 1's rows with {@code modified_date}
 * a day later (updates; reloaded unchanged in a table without it), another sixth reloaded
 * unchanged, and one bucket twice (a duplicate within a load). Foreign keys into rows left out of
 * the sample are references to records that never arrive; the data's own NULL foreign keys stay.
 */
final class AdventureWorksLoads {

    /** The load values, one per load. */
    static final String[] LOADS = {"2024-01-01 00:00:00", "2024-02-01 00:00:00"};

    private static final int SMALL = 1_000;
    private static final int SAMPLED = 6;

    private AdventureWorksLoads() {
    }

    /** The AdventureWorks example project, next to this module. */
    static Path project() {
        return Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
    }

    /** The shared AdventureWorks Parquet files: {@code data/adventure-works} in {@code hooklake.shared.dir} (the pom sets it). */
    static Path data() {
        return Path.of(System.getProperty("hooklake.shared.dir", "../../shared")).resolve("data/adventure-works");
    }

    /** Whether the shared data is there. */
    static boolean present() {
        return Files.isDirectory(project()) && Files.isRegularFile(data().resolve("addresses.parquet"));
    }

    /** Writes the loads' files below {@code target}: {@code <source>/load-<n>/<table>.parquet}. */
    static void write(Project aw, Path target) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (Source source : aw.sources()) {
                for (Table table : source.tables()) {
                    for (int load = 1; load <= LOADS.length; load++) {
                        Path folder = folder(target, source.name().value(), load);
                        s.execute("COPY (" + select(s, table, load) + ") TO " + literal(folder.resolve(table.name().value()
                                + ".parquet")) + " (FORMAT parquet)");
                    }
                }
            }
        }
    }

    /** Ingests load {@code load} (1 or 2) of every source into {@code lake}. */
    static void ingest(Lakehouse lake, GeneratedProject generated, Project aw, Path target,
            int load) {
        for (Source source : aw.sources()) {
            lake.landing(generated).ingestFolder(source.name().value(), LOADS[load - 1],
                    folder(target, source.name().value(), load));
        }
    }

    private static Path folder(Path target, String source, int load) {
        Path folder = target.resolve(source).resolve("load-" + load);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String select(Statement s, Table table, int load) throws SQLException {
        String file = "read_parquet(" + literal(data().resolve(table.name().value() + ".parquet").toAbsolutePath()) + ")";
        long rows;
        try (var result = s.executeQuery("SELECT count(*) FROM " + file)) {
            result.next();
            rows = result.getLong(1);
        }
        int kept = rows < SMALL ? 100 : SAMPLED;
        List<ColumnName> key = table.primaryKey().isEmpty()
                ? table.payload().stream().map(c -> c.name()).toList() : table.primaryKey();
        String bucket = "hash(" + key.stream().map(c -> Dialect.duckdb().quoted(c.value()))
                .collect(Collectors.joining(", ")) + ") % 100";
        int first = kept * 2 / 3;
        int sixth = Math.max(1, kept / 6);
        if (load == 1) {
            return "SELECT * FROM " + file + " WHERE " + bucket + " < " + first;
        }
        boolean modified = table.column(ColumnName.of("modified_date")).isPresent();
        List<String> parts = new ArrayList<>();
        parts.add("SELECT * FROM " + file + " WHERE " + bucket + " >= " + first + " AND " + bucket + " < " + kept);
        parts.add((modified ? "SELECT * REPLACE (modified_date + INTERVAL 1 DAY AS modified_date)" : "SELECT *")
                + " FROM " + file + " WHERE " + bucket + " < " + sixth);
        parts.add("SELECT * FROM " + file + " WHERE " + bucket + " >= " + sixth + " AND " + bucket + " < " + 2 * sixth);
        String twice = "SELECT * FROM " + file + " WHERE " + bucket + " = " + 2 * sixth;
        parts.add(twice);
        parts.add(twice);
        return String.join(" UNION ALL ", parts);
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
