package io.hooklake.runtime.duckdb;

import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.storage.DuckDbTableStorage;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableStorage;
import io.hooklake.runtime.engine.EngineLakehouse;
import io.hooklake.runtime.engine.Session;
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

    DuckDbLakehouse(Path directory, TableFormat format) {
        this.directory = directory;
        this.database = directory.resolve(DATABASE_FILE);
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
    public QueryResult query(String sql, int maxRows, Duration timeLimit) {
        return QueryRunner.query(directory, database, sql, maxRows, timeLimit);
    }
}
