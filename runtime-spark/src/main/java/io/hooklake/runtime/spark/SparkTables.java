package io.hooklake.runtime.spark;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lakehouse's tables as Spark sees them, in the DuckDB engine's layout
 * ({@code tables/<schema>/<name>/}) and under their relation names ({@code dab.frame__x}), which the
 * generated SQL reads: the Delta tables ({@code DeltaTables}) are registered in Spark's session
 * catalog one by one, the Iceberg tables ({@code IcebergTables}) come with the lakehouse's Iceberg
 * catalog, which the session gets. Either way the view
 * models and the affected entities' tables live in Spark's session catalog, which holds one
 * lakehouse's at a time: opening another lakehouse's session clears it first ({@link #mount}). The
 * in-process Spark's session catalog is one per JVM ({@link Catalog#LOCAL}); a Spark Connect
 * server's is the server's, which other clients may change, so each lakehouse opened there mounts
 * anew ({@link Catalog#remote()}).
 */
abstract class SparkTables {

    /** The database of the affected entities' tables ({@code temp.affected__...}). */
    static final String TEMPORARY = "temp";

    /** What the engine knows of a Spark session catalog: whose tables it holds, which of them are registered. */
    static final class Catalog {

        /** The in-process Spark's catalog, one per JVM. */
        static final Catalog LOCAL = new Catalog();

        private Path mounted;
        final Set<ModelName> registered = new HashSet<>();

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

    final Catalog catalog;
    final Path directory;
    final Dialect sql = Dialect.spark();

    SparkTables(Path directory, Catalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    /** Settings a lakehouse's Spark session needs before its first statement (none by default). */
    Map<String, String> sessionConf() {
        return Map.of();
    }

    Path tablesDirectory() {
        return directory.resolve(FileTableStorage.TABLES);
    }

    Path location(ModelName table) {
        return tablesDirectory().resolve(table.schema()).resolve(table.name());
    }

    String relation(ModelName table) {
        return sql.relation(table);
    }

    /** What follows the columns in a {@code CREATE TABLE} of {@code table}: its format and where it is kept. */
    abstract String storedAs(ModelName table);

    abstract boolean exists(ModelName table);

    /** The table's current version, empty when it does not exist. */
    abstract OptionalLong version(ModelName table);

    /**
     * The rows the table's commit {@code version} wrote: all its rows after a replacing write, the
     * rows appended after an {@code INSERT INTO}; empty when the format recorded none (the caller counts).
     */
    abstract OptionalLong rowsWritten(ModelName table, long version);

    /** The table as it was at {@code version}, as a relation of a Spark query. */
    abstract String relationAt(ModelName table, long version);

    /** Makes {@code version} the table's current one again. */
    abstract void restore(SparkSession spark, ModelName table, long version);

    /** The tables that exist when the lakehouse is mounted, to register in the session catalog (none by default). */
    List<ModelName> toRegister() {
        return List.of();
    }

    /**
     * Makes the session catalog hold this lakehouse's tables (after another lakehouse's, it drops
     * that one's databases first), and the schema of the affected entities' tables.
     */
    void mount(SparkSession spark) {
        synchronized (catalog) {
            if (!directory.equals(catalog.mounted)) {
                for (Row database : spark.sql("SHOW DATABASES").collectAsList()) {
                    String name = database.getString(0);
                    if (!name.equals("default")) {
                        // Tables registered with a location are external, and an Iceberg catalog's tables are that catalog's:
                        // dropping the session catalog's databases leaves their files.
                        spark.sql("DROP DATABASE IF EXISTS " + sql.identifier(name) + " CASCADE");
                    }
                }
                catalog.registered.clear();
                catalog.mounted = directory;
            }
            spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(TEMPORARY));
            for (ModelName table : toRegister()) {
                register(spark, table);
            }
        }
    }

    /**
     * Drops what Spark keeps in memory of the lakehouse's tables once the lakehouse closes, so that
     * the in-process Spark does not hold one lakehouse's after it closed (nothing by default).
     */
    void forgetCachedLogs(SparkSession spark) {
    }

    /** Registers an existing table in Spark's catalog, unless it is. */
    abstract void register(SparkSession spark, ModelName table);

    /** Notes that {@code table} was registered by a statement that created it. */
    void registered(ModelName table) {
        synchronized (catalog) {
            catalog.registered.add(table);
        }
    }

    /** Removes the table from Spark's catalog, keeping its files. */
    abstract void unregister(SparkSession spark, ModelName table);

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
