package io.hooklake.runtime.spark;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.SqlNames;
import io.hooklake.runtime.duckdb.StateTables;
import io.hooklake.runtime.duckdb.iceberg.IcebergTableLog;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * The lakehouse's DuckDB database ({@code lakehouse.duckdb}), kept exactly as the DuckDB engine
 * keeps it: the run state ({@link StateTables}), a view per table over the live files of its
 * current version (read with Delta Kernel or Iceberg's library, as the DuckDB engine does), and the recovery
 * markers of commits in flight. The Spark engine adds one table, {@value #VIEWS}: the Spark SQL of
 * its view models, which Spark's catalog forgets when the JVM ends.
 */
final class LakehouseDatabase {

    static final String DATABASE_FILE = "lakehouse.duckdb";

    /** The view models of the Spark engine: their Spark SQL, in the order they were made. */
    static final String VIEWS = StateTables.SCHEMA + ".spark_views";

    private static final DuckDBDriver DRIVER = new DuckDBDriver();

    private final Path directory;
    private final SqlNames names = new SqlNames();
    private final TableLog log;
    private final FileTableStorage storage;

    LakehouseDatabase(Path directory, TableFormat format) {
        this.directory = directory;
        this.log = FileTableStorage.log(format, directory);
        this.storage = FileTableStorage.of(names, format, directory);
    }

    /** The lakehouse's Iceberg catalog, as the DuckDB engine reads it; for a lakehouse kept in Iceberg only. */
    IcebergTableLog icebergLog() {
        return (IcebergTableLog) log;
    }

    /** A connection with the state tables there and every half-done commit finished (as the DuckDB engine does). */
    Connection connect() throws SQLException {
        Properties settings = new Properties();
        // The storage format the DuckDB engine writes: DuckDB 1.4 and later open the file.
        settings.setProperty("storage_compatibility_version", "v1.4.0");
        Connection connection = DRIVER.connect("jdbc:duckdb:" + directory.resolve(DATABASE_FILE), settings);
        if (connection == null) {
            throw new SQLException("DuckDB refused the database " + directory.resolve(DATABASE_FILE));
        }
        try {
            StateTables.ensure(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + VIEWS + " (schema_name VARCHAR NOT NULL, view_name VARCHAR NOT NULL,"
                        + " sql VARCHAR NOT NULL, made BIGINT NOT NULL)");
            }
            storage.recover(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Creates the DuckDB schema of the tables' views, in a transaction of its own: two connections that create the
     * same schema inside their commits conflict in DuckDB's catalog, so a run creates its schemas before its
     * workers start and a commit makes the schema it needs before its transaction.
     */
    void ensureSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(schema));
        }
    }

    /** Points the DuckDB view of {@code table} at the live files of its current version, or drops it when it is gone. */
    void pointView(Connection connection, ModelName table) throws SQLException {
        Optional<TableSnapshot> current = log.current(connection, new TableId(table.schema(), table.name()));
        try (Statement s = connection.createStatement()) {
            if (current.isPresent()) {
                s.execute("CREATE OR REPLACE VIEW " + names.relation(table) + " AS "
                        + FileTableStorage.viewSelect(names, current.get().columns(), current.get().files()));
            } else {
                s.execute("DROP VIEW IF EXISTS " + names.relation(table));
            }
        }
    }

    void dropView(Connection connection, ModelName view) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP VIEW IF EXISTS " + names.relation(view));
        }
    }

    /** The Spark SQL of every view model, in the order they were made. */
    Map<ModelName, String> sparkViews(Connection connection) throws SQLException {
        Map<ModelName, String> views = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT schema_name, view_name, sql FROM " + VIEWS + " ORDER BY made")) {
            while (rs.next()) {
                views.put(new ModelName(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        return views;
    }

    void saveSparkView(Connection connection, ModelName view, String sql) throws SQLException {
        deleteSparkView(connection, view);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + VIEWS
                + " SELECT ?, ?, ?, coalesce(max(made), 0) + 1 FROM " + VIEWS)) {
            p.setString(1, view.schema());
            p.setString(2, view.name());
            p.setString(3, sql);
            p.executeUpdate();
        }
    }

    void deleteSparkView(Connection connection, ModelName view) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + VIEWS
                + " WHERE schema_name = ? AND view_name = ?")) {
            p.setString(1, view.schema());
            p.setString(2, view.name());
            p.executeUpdate();
        }
    }

    /** Records a load, as the DuckDB engine does. */
    void recordLoad(Connection connection, ModelName relation, String value, String loadTime, long rows) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateTables.SCHEMA
                + ".loads VALUES (?, ?, CAST(? AS TIMESTAMP), ?)")) {
            p.setString(1, relation.qualified());
            p.setString(2, value);
            p.setString(3, loadTime);
            p.setLong(4, rows);
            p.executeUpdate();
        }
    }

    /**
     * Writes the recovery marker of a Delta commit about to be made, in the DuckDB engine's format:
     * should the process die before the database commit, the next open (by either engine) points
     * the table's view at its current version and records the load found there.
     */
    void mark(ModelName table, Map<String, String> properties) {
        StringBuilder text = new StringBuilder("schema=" + table.schema() + "\nname=" + table.name() + "\n");
        properties.forEach((k, v) -> text.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        Path pending = directory.resolve(FileTableStorage.PENDING);
        try {
            Files.createDirectories(pending);
            Files.writeString(pending.resolve(table.qualified()), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot write the recovery marker in " + pending + ": "
                    + e.getMessage(), e);
        }
    }

    void unmark(ModelName table) {
        try {
            Files.deleteIfExists(directory.resolve(FileTableStorage.PENDING).resolve(table.qualified()));
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot delete the recovery marker of " + table.qualified()
                    + ": " + e.getMessage(), e);
        }
    }
}
