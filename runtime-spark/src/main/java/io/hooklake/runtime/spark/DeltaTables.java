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
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lakehouse's Delta tables as Spark sees them: each in {@code tables/<schema>/<name>/} (the
 * DuckDB engine's layout), registered in Spark's catalog under its relation name
 * ({@code dab.frame__x}) so that the generated SQL reads it. Spark's catalog belongs to the JVM's
 * Spark (or the Spark Connect server), so it holds one lakehouse's tables at a time: opening
 * another lakehouse's session registers that one's instead ({@link #mount}).
 */
final class DeltaTables {

    /** The database of the affected entities' tables ({@code temp.affected__...}). */
    static final String TEMPORARY = "temp";

    /** The lakehouse whose tables Spark's catalog holds (one per JVM, as the catalog is). */
    private static Path mounted;
    private static final Set<ModelName> REGISTERED = new HashSet<>();

    private final Path directory;
    private final Dialect sql = Dialect.spark();

    DeltaTables(Path directory) {
        this.directory = directory;
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
        return Files.isDirectory(location(table).resolve("_delta_log"));
    }

    /** The table's current version, empty when it does not exist. */
    OptionalLong version(SparkSession spark, ModelName table) {
        if (!exists(table)) {
            return OptionalLong.empty();
        }
        List<Row> rows = spark.sql("DESCRIBE HISTORY " + pathRelation(table) + " LIMIT 1").collectAsList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).getLong(0));
    }

    /**
     * Registers every table of the lakehouse in Spark's catalog that is not yet (all of them after
     * another lakehouse's), and the schema of the affected entities' tables.
     */
    void mount(SparkSession spark) {
        synchronized (DeltaTables.class) {
            if (!directory.equals(mounted)) {
                for (Row database : spark.sql("SHOW DATABASES").collectAsList()) {
                    String name = database.getString(0);
                    if (!name.equals("default")) {
                        // Tables registered with a location are external: dropping them leaves their files.
                        spark.sql("DROP DATABASE IF EXISTS " + sql.identifier(name) + " CASCADE");
                    }
                }
                REGISTERED.clear();
                mounted = directory;
            }
            spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(TEMPORARY));
            if (!Files.isDirectory(tablesDirectory())) {
                return;
            }
            try (Stream<Path> schemas = Files.list(tablesDirectory())) {
                for (Path schema : schemas.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> tables = Files.list(schema)) {
                        for (Path table : tables.filter(t -> Files.isDirectory(t.resolve("_delta_log"))).sorted().toList()) {
                            register(spark, new ModelName(schema.getFileName().toString(), table.getFileName().toString()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Forgets what Spark's catalog held: the in-process Spark stopped, and the next one starts with an empty catalog. */
    static void forget() {
        synchronized (DeltaTables.class) {
            mounted = null;
            REGISTERED.clear();
        }
    }

    /** Registers an existing table in Spark's catalog, unless it is. */
    void register(SparkSession spark, ModelName table) {
        synchronized (DeltaTables.class) {
            if (REGISTERED.add(table)) {
                spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(table.schema()));
                spark.sql("CREATE TABLE IF NOT EXISTS " + relation(table) + " USING delta LOCATION " + locationLiteral(table));
            }
        }
    }

    /** Notes that {@code table} was registered by a statement that created it. */
    void registered(ModelName table) {
        synchronized (DeltaTables.class) {
            REGISTERED.add(table);
        }
    }

    /** Removes the table from Spark's catalog, keeping its files. */
    void unregister(SparkSession spark, ModelName table) {
        synchronized (DeltaTables.class) {
            spark.sql("DROP TABLE IF EXISTS " + relation(table));
            REGISTERED.remove(table);
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
