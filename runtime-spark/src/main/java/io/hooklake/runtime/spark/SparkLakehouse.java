package io.hooklake.runtime.spark;

import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.DuckDbEngine;
import io.hooklake.runtime.engine.EngineLakehouse;
import io.hooklake.runtime.engine.Session;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;

/**
 * A lakehouse folder run by Spark: Delta or Iceberg tables in {@code tables/<schema>/<name>/}
 * written by Spark ({@link SparkTables}), the run state and a view per table in
 * {@code lakehouse.duckdb} ({@link LakehouseDatabase}).
 * Queries and the refresh of the landed tables' views are the DuckDB engine's: a query reads
 * the same tables through the same sandbox whichever engine runs the lakehouse.
 */
final class SparkLakehouse implements EngineLakehouse {

    private final Path directory;
    private final SparkSettings settings;
    private final TableFormat format;
    private final EngineLakehouse duckdb;
    private final LakehouseDatabase database;
    private final SparkTables tables;
    private SparkSession spark;

    SparkLakehouse(Path directory, TableFormat format, SparkSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.format = format;
        this.duckdb = new DuckDbEngine().open(directory, format);
        this.database = new LakehouseDatabase(directory, format);
        SparkTables.Catalog catalog = settings.remote().isPresent() ? SparkTables.Catalog.remote() : SparkTables.Catalog.LOCAL;
        this.tables = format == TableFormat.ICEBERG ? new IcebergTables(directory, catalog, database.icebergLog())
                : new DeltaTables(directory, catalog);
    }

    /** The lakehouse's Spark session, started with the first session that needs it. */
    private synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.open(settings, format, tables.sessionConf());
        }
        return spark;
    }

    @Override
    public Session session() throws SQLException {
        Connection connection = database.connect();
        try {
            SparkSession session = spark();
            tables.mount(session);
            SparkSqlSession opened = new SparkSqlSession(session, connection, database, tables);
            opened.restoreViews();
            return opened;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void refreshLanded() throws SQLException {
        duckdb.refreshLanded();
    }

    @Override
    public QueryResult query(String sql, int maxRows, Duration timeLimit, AsOf asOf) {
        return duckdb.query(sql, maxRows, timeLimit, asOf);
    }

    @Override
    public synchronized void close() {
        if (spark != null) {
            if (settings.remote().isEmpty()) {
                // The in-process Spark outlives the lakehouse: it forgets the lakehouse's tables, or a JVM that opens
                // lakehouse after lakehouse (a test run, a build) fills its heap with their Delta logs.
                tables.forgetCachedLogs(spark);
            }
            SparkSessions.close(spark, settings);
            spark = null;
        }
        duckdb.close();
    }

    Path directory() {
        return directory;
    }
}
