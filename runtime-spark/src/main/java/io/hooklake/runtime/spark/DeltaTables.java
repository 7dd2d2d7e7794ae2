package io.hooklake.runtime.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;

/**
 * The lakehouse's Delta tables as Spark sees them: each in {@code tables/<schema>/<name>/} (the
 * DuckDB engine's layout), registered in Spark's catalog under its relation name
 * ({@code dab.frame__x}) so that the generated SQL reads it. Spark's catalog holds one lakehouse's
 * tables at a time: opening another lakehouse's session registers that one's instead
 * ({@link #mount}). The in-process Spark's catalog is one per JVM ({@link Catalog#LOCAL}); a
 * Spark Connect server's is the server's, which other clients may change, so each lakehouse opened
 * there mounts its tables anew ({@link Catalog#remote()}).
 */
final class DeltaTables {

    /** The database of the affected entities' tables ({@code temp.affected__...}). */
    static final String TEMPORARY = "temp";

    /** What the engine knows of a Spark catalog: whose tables it holds, which of them are registered. */
    static final class Catalog {

        /** The in-process Spark's catalog, one per JVM. */
        static final Catalog LOCAL = new Catalog();

        private Path mounted;
        private final Set<ModelName> registered = new HashSet<>();

        private Catalog() {
        }

        /** A Spark Connect server's catalog, as one lakehouse's session sees it: nothing known of it yet. */
        static Catalog remote() {
            return new Catalog();
        }

        /** Forgets what the catalog held: the in-process Spark stopped, and the next one starts with an empty catalog. */
        synchronized void forget() {
            mounted = null;
            registered.clear();
        }
    }

    private static final Pattern COMMIT_FILE = Pattern.compile("\\d{20}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final Path directory;
    private final Dialect sql = Dialect.spark();

    DeltaTables(Path directory, Catalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    Path tablesDirectory() {
        return directory.resolve(FileTableStorage.TABLES);
    }

    Path location(ModelName table) {
        return tablesDirectory().resolve(table.schema()).resolve(table.name());
    }

    /** The table's location as Spark SQL: a quoted {@code file:} URI. */
    String locationLiteral(ModelName table) {
        return sql.literal(location(table).toUri().toString());
    }

    /** The table's path form, {@code delta.`file:/...`}, for statements that name a Delta table by its place. */
    String pathRelation(ModelName table) {
        return "delta." + sql.quoted(location(table).toUri().toString());
    }

    String relation(ModelName table) {
        return sql.relation(table);
    }

    boolean exists(ModelName table) {
        return Files.isDirectory(log(table));
    }

    private Path log(ModelName table) {
        return location(table).resolve("_delta_log");
    }

    /**
     * The table's current version, empty when it does not exist: the highest commit file in its
     * {@code _delta_log/} (the newest commit file is always there; only older ones are cleaned up),
     * read from the files rather than with a Spark statement, which costs a planned job.
     */
    OptionalLong version(ModelName table) {
        if (!exists(table)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.list(log(table))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> COMMIT_FILE.matcher(f).matches())
                    .mapToLong(f -> Long.parseLong(f.substring(0, f.indexOf('.')))).max();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows the table's commit {@code version} wrote, as Delta recorded them in the commit's
     * {@code commitInfo.operationMetrics.numOutputRows}: all its rows after a {@code CREATE OR
     * REPLACE ... AS} or an {@code INSERT OVERWRITE}, the rows appended after an {@code INSERT INTO}.
     * Empty when the commit holds no such metric (metrics turned off): the caller counts instead.
     */
    OptionalLong rowsWritten(ModelName table, long version) {
        Path commit = log(table).resolve(String.format(Locale.ROOT, "%020d.json", version));
        try (BufferedReader lines = Files.newBufferedReader(commit)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode rows = JSON.readTree(line).path("commitInfo").path("operationMetrics").path("numOutputRows");
                if (rows.isTextual() || rows.isNumber()) {
                    return OptionalLong.of(Long.parseLong(rows.asText()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Registers every table of the lakehouse in Spark's catalog that is not yet (all of them after
     * another lakehouse's), and the schema of the affected entities' tables.
     */
    void mount(SparkSession spark) {
        synchronized (catalog) {
            if (!directory.equals(catalog.mounted)) {
                for (Row database : spark.sql("SHOW DATABASES").collectAsList()) {
                    String name = database.getString(0);
                    if (!name.equals("default")) {
                        // Tables registered with a location are external: dropping them leaves their files.
                        spark.sql("DROP DATABASE IF EXISTS " + sql.identifier(name) + " CASCADE");
                    }
                }
                catalog.registered.clear();
                catalog.mounted = directory;
            }
            spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(TEMPORARY));
            for (ModelName table : onDisk()) {
                register(spark, table);
            }
        }
    }

    /** Every Delta table in the lakehouse folder, by schema and name. */
    private List<ModelName> onDisk() {
        List<ModelName> found = new ArrayList<>();
        if (!Files.isDirectory(tablesDirectory())) {
            return found;
        }
        try (Stream<Path> schemas = Files.list(tablesDirectory())) {
            for (Path schema : schemas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> tables = Files.list(schema)) {
                    for (Path table : tables.filter(t -> Files.isDirectory(t.resolve("_delta_log"))).sorted().toList()) {
                        found.add(new ModelName(schema.getFileName().toString(), table.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }


    /**
     * Drops what Delta Lake keeps in memory of the lakehouse's tables (each table's log, with its
     * latest snapshot and the cached state behind it: a few MB each, kept for an hour otherwise),
     * so that the in-process Spark does not hold one lakehouse's after it closed. The next access
     * reads the log again.
     */
    void forgetCachedLogs(SparkSession spark) {
        for (ModelName table : onDisk()) {
            DeltaLog.invalidateCache(spark, new org.apache.hadoop.fs.Path(location(table).toUri()));
        }
    }

    /** Registers an existing table in Spark's catalog, unless it is. */
    void register(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            if (catalog.registered.add(table)) {
                spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(table.schema()));
                spark.sql("CREATE TABLE IF NOT EXISTS " + relation(table) + " USING delta LOCATION " + locationLiteral(table));
            }
        }
    }

    /** Notes that {@code table} was registered by a statement that created it. */
    void registered(ModelName table) {
        synchronized (catalog) {
            catalog.registered.add(table);
        }
    }

    /** Removes the table from Spark's catalog, keeping its files. */
    void unregister(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            spark.sql("DROP TABLE IF EXISTS " + relation(table));
            catalog.registered.remove(table);
        }
    }

    /** Deletes the table's folder (every version). */
    void deleteFiles(ModelName table) {
        Path location = location(table);
        if (!Files.exists(location)) {
            return;
        }
        try (Stream<Path> files = Files.walk(location)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
