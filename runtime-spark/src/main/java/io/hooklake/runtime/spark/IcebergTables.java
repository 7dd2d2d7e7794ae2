package io.hooklake.runtime.spark;

import io.hooklake.generator.ModelName;
import io.hooklake.runtime.duckdb.iceberg.IcebergTableLog;
import io.hooklake.runtime.duckdb.storage.TableId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.SparkSession;

/**
 * The lakehouse's Iceberg tables as Spark sees them: its session catalog is Iceberg's
 * ({@link IcebergSessionCatalog}) on the lakehouse's SQLite catalog ({@value IcebergTableLog#CATALOG_FILE}),
 * with the catalog's warehouse at {@code tables/}, so a table's default location is the DuckDB
 * engine's {@code tables/<schema>/<name>/}. Spark's Iceberg connector writes every table (format
 * version 2, copy-on-write: no delete files, which the DuckDB engine would have to apply); the
 * table versions are snapshot ids, read and restored with Iceberg's Java library on the same
 * catalog ({@link IcebergTableLog}).
 */
final class IcebergTables extends SparkTables {

    private final IcebergTableLog log;
    /** The metadata of tables taken out of the catalog, to put them back on a rollback. */
    private final Map<ModelName, String> unregistered = new HashMap<>();

    IcebergTables(Path directory, Catalog catalog, IcebergTableLog log) {
        super(directory, catalog);
        this.log = log;
    }

    /**
     * Spark's session catalog as Iceberg's, on the lakehouse's catalog: uncached, since the engine
     * also changes the catalog with Iceberg's library (a rollback), and with Hadoop's file system
     * for the files, as Spark writes them anywhere.
     */
    @Override
    Map<String, String> sessionConf() {
        String catalogKey = "spark.sql.catalog.spark_catalog";
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put(catalogKey, IcebergSessionCatalog.class.getName());
        conf.put(catalogKey + ".catalog-impl", "org.apache.iceberg.jdbc.JdbcCatalog");
        conf.put(catalogKey + ".uri", "jdbc:sqlite:" + directory.resolve(IcebergTableLog.CATALOG_FILE));
        conf.put(catalogKey + ".warehouse", tablesDirectory().toUri().toString());
        conf.put(catalogKey + ".cache-enabled", "false");
        return conf;
    }

    private static TableId id(ModelName table) {
        return new TableId(table.schema(), table.name());
    }

    @Override
    String storedAs(ModelName table) {
        return "USING iceberg TBLPROPERTIES ('format-version' = '2', 'write.delete.mode' = 'copy-on-write',"
                + " 'write.update.mode' = 'copy-on-write', 'write.merge.mode' = 'copy-on-write')";
    }

    @Override
    boolean exists(ModelName table) {
        return log.currentSnapshot(id(table)).isPresent();
    }

    /** The table's current snapshot id ({@code -1} before its first), empty when the catalog has no such table. */
    @Override
    OptionalLong version(ModelName table) {
        return log.currentSnapshot(id(table));
    }

    /** The snapshot's {@code added-records}: every row after a replacing write, which adds all of them anew. */
    @Override
    OptionalLong rowsWritten(ModelName table, long version) {
        return log.addedRows(id(table), version);
    }

    @Override
    String relationAt(ModelName table, long version) {
        return version < 0 ? "(SELECT * FROM " + relation(table) + " WHERE false)"
                : relation(table) + " VERSION AS OF " + version;
    }

    @Override
    void restore(SparkSession spark, ModelName table, long version) {
        log.rollBack(id(table), version);
    }

    /** Puts a table this change took out of the catalog back; the catalog holds the others already. */
    @Override
    void register(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            String metadata = unregistered.remove(table);
            if (metadata != null) {
                log.register(id(table), metadata);
            }
        }
    }

    @Override
    void unregister(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            log.unregister(id(table)).ifPresent(metadata -> unregistered.put(table, metadata));
        }
    }

    @Override
    void deleteFiles(ModelName table) {
        synchronized (catalog) {
            unregistered.remove(table);
        }
        super.deleteFiles(table);
    }
}
