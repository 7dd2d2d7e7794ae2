package io.hooklake.runtime.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * Opens DuckDB connections through the driver class itself, not {@link java.sql.DriverManager}:
 * in a Maven plugin or another isolated class loader, DriverManager may have registered a DuckDB
 * driver of another loader (or none), and then finds no suitable driver.
 */
final class DuckDb {

    private static final DuckDBDriver DRIVER = new DuckDBDriver();

    /**
     * The storage format a new lakehouse database is written in: DuckDB 1.4's, so that the DuckDB
     * versions users have (1.4 and later, in any language) open it. A database file created by an
     * earlier Hooklake keeps the format it has.
     */
    static final String STORAGE_VERSION = "v1.4.0";

    private DuckDb() {
    }

    static Connection open(Path database, Properties properties) throws SQLException {
        Properties settings = new Properties();
        settings.putAll(properties);
        settings.putIfAbsent("storage_compatibility_version", STORAGE_VERSION);
        Connection connection = DRIVER.connect("jdbc:duckdb:" + database, settings);
        if (connection == null) {
            throw new SQLException("DuckDB refused the database " + database);
        }
        return connection;
    }

    /** An in-memory database. */
    static Connection memory(Properties properties) throws SQLException {
        Connection connection = DRIVER.connect("jdbc:duckdb:", properties);
        if (connection == null) {
            throw new SQLException("DuckDB refused an in-memory database");
        }
        return connection;
    }

    static Connection open(Path database) throws SQLException {
        return open(database, new Properties());
    }
}
