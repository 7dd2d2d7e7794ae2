package io.hooklake.runtime.duckdb;

import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.EngineLakehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The DuckDB engine: embedded DuckDB computes every table and keeps the run state in the
 * lakehouse's database file; the tables are DuckDB's own or Parquet, Delta or Iceberg tables.
 * Listed in {@code META-INF/services/io.hooklake.runtime.engine.Engine}.
 */
public final class DuckDbEngine implements Engine {

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public EngineLakehouse open(Path directory, TableFormat format) {
        return new DuckDbLakehouse(directory, format);
    }

    /**
     * Connects to an in-memory database once: DuckDB's JDBC driver unpacks and loads its native
     * library (about 70 MB) on its first connection, which costs a new JVM more than half a second.
     */
    @Override
    public void warmUp() {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            connection.isValid(0);
        } catch (SQLException e) {
            // The lakehouse's own connection reports it, located.
        }
    }
}
