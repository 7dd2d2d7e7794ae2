package io.hooklake.runtime.duckdb;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.storage.DuckDbTableStorage;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableStorage;
import io.hooklake.runtime.engine.EngineLakehouse;
import io.hooklake.runtime.engine.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A lakehouse folder on DuckDB: {@value #DATABASE_FILE} holds the run state (schema
 * {@code _hooklake}), the views and, with {@link TableFormat#DUCKDB}, the tables; with another
 * format the tables are files below the folder ({@link FileTableStorage}).
 */
final class DuckDbLakehouse implements EngineLakehouse {

    /** The DuckDB database file inside the lakehouse folder. */
    static final String DATABASE_FILE = "lakehouse.duckdb";

    private final Path directory;
    private final Path database;
    private final SqlNames names = new SqlNames();
    private final TableStorage storage;
    private final TableFormat format;

    DuckDbLakehouse(Path directory, TableFormat format) {
        this.directory = directory;
        this.database = directory.resolve(DATABASE_FILE);
        this.format = format;
        this.storage = format == TableFormat.DUCKDB ? new DuckDbTableStorage(names)
                : FileTableStorage.of(names, format, directory);
    }

    @Override
    public Session session() throws SQLException {
        Connection connection = DuckDb.open(database);
        try {
            StateTables.ensure(connection);
            storage.recover(connection);
            return new DuckDbSession(connection, storage, names);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void refreshLanded() throws SQLException {
        storage.refreshLanded(() -> DuckDb.open(database));
    }

    @Override
    public QueryResult query(String sql, int maxRows, Duration timeLimit, AsOf asOf) {
        if (asOf instanceof AsOf.Now) {
            return QueryRunner.query(directory, database, sql, maxRows, timeLimit);
        }
        if (!(storage instanceof FileTableStorage files) || format == TableFormat.PARQUET) {
            throw new LakehouseException(ErrorCode.TIME_TRAVEL_UNAVAILABLE, "the lakehouse at " + directory + " keeps its"
                    + " tables in " + format.configName() + ", which keeps no earlier versions"
                    + (format == TableFormat.PARQUET ? " (the files of a replaced version are deleted)" : "")
                    + ": a query reads it only as it is now. To look back at earlier runs, keep the tables in delta or"
                    + " iceberg (lakehouse.format, for a new lakehouse), or copy the lakehouse folder after a run");
        }
        if (!Files.isRegularFile(database)) {
            throw new LakehouseException(ErrorCode.QUERY_FAILED, "there is nothing to query yet: " + database
                    + " does not exist; ingest data and run the models first");
        }
        try (Connection connection = QueryCatalog.open(directory, database, files.tableLog(), names, asOf)) {
            return QueryRunner.query(connection, sql, maxRows, timeLimit);
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.DATABASE_FAILED, "cannot read " + database + " as of " + describe(asOf)
                    + ": " + e.getMessage(), e);
        }
    }

    static String describe(AsOf asOf) {
        if (asOf instanceof AsOf.Run run) {
            return run.runId();
        }
        return asOf instanceof AsOf.Time time ? time.moment().toString() : "now";
    }
}
