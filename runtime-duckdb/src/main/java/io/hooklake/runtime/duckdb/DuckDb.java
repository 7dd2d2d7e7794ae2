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

    private DuckDb() {
    }

    static Connection open(Path database, Properties properties) throws SQLException {
        Connection connection = DRIVER.connect("jdbc:duckdb:" + database, properties);
        if (connection == null) {
            throw new SQLException("DuckDB refused the database " + database);
        }
        return connection;
    }

    static Connection open(Path database) throws SQLException {
        return open(database, new Properties());
    }
}
