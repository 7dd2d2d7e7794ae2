package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.format.ParquetTableFiles;
import io.hooklake.runtime.format.TableFiles;
import io.hooklake.runtime.format.TableId;
import io.hooklake.runtime.format.delta.DeltaTableFiles;
import io.hooklake.runtime.format.iceberg.IcebergTableFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/** The table format of a lakehouse folder: which one, recorded once, and what opening it finishes. */
final class TableFormats {

    /** The folder below the lakehouse that holds the tables, {@code tables/<schema>/<name>/}. */
    static final String TABLES = "tables";

    /** The landed tables' schema. */
    static final String LANDED_SCHEMA = "das";

    private TableFormats() {
    }

    static TableFiles files(TableFormat format, Path lakehouse) {
        Path tables = lakehouse.resolve(TABLES);
        return switch (format) {
            case PARQUET -> new ParquetTableFiles(tables);
            case DELTA -> new DeltaTableFiles(tables.toUri().toString());
            case ICEBERG -> new IcebergTableFiles(lakehouse.resolve(IcebergTableFiles.CATALOG_FILE),
                    tables.toUri().toString());
            case DUCKDB -> throw new IllegalArgumentException("DuckDB's own tables need no table files");
        };
    }

    /**
     * Records {@code format} in a new lakehouse, or checks it against the recorded one.
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} when the lakehouse keeps its tables in another format
     */
    static void record(Path lakehouse, TableFormat format) {
        Path file = lakehouse.resolve(Lakehouse.PROPERTIES_FILE);
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                TableFormat recorded = TableFormat.fromName(properties.getProperty("format", "duckdb"));
                refuseOther(lakehouse, recorded, format);
                return;
            }
            if (Files.exists(lakehouse.resolve(Lakehouse.DATABASE_FILE))) {
                // A lakehouse made before formats were recorded keeps DuckDB tables.
                refuseOther(lakehouse, TableFormat.DUCKDB, format);
            }
            properties.setProperty("format", format.configName());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Hooklake lakehouse: how its tables are kept; fixed when it was created");
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void refuseOther(Path lakehouse, TableFormat recorded, TableFormat asked) {
        if (recorded != asked) {
            throw new LakehouseException(ErrorCode.FORMAT_MISMATCH, "the lakehouse at " + lakehouse + " keeps its tables in "
                    + recorded.configName() + ", not " + asked.configName() + "; open it with table format "
                    + recorded.configName() + " (lakehouse.format=" + recorded.configName()
                    + "), or use another folder for " + asked.configName() + " tables");
        }
    }

    /**
     * Finishes what a process killed between a table-format commit and the database commit left:
     * the table's view is pointed at its current version, and a load found there is recorded.
     */
    static void recover(Connection connection, FormatTableStore store, SqlNames names) throws SQLException {
        Map<TableId, Map<String, String>> recovered = store.recover(connection);
        for (var entry : recovered.entrySet()) {
            Map<String, String> marker = entry.getValue();
            String load = marker.get(Landing.LOAD_VALUE);
            if (load != null && !recorded(connection, entry.getKey(), load)
                    && landedRows(connection, names, entry.getKey(), marker) > 0) {
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateStore.SCHEMA
                        + ".loads VALUES (?, ?, CAST(? AS TIMESTAMP), ?)")) {
                    p.setString(1, entry.getKey().qualified());
                    p.setString(2, load);
                    p.setString(3, marker.get(Landing.LOAD_TIME));
                    p.setLong(4, Long.parseLong(marker.get(Landing.LOAD_ROWS)));
                    p.executeUpdate();
                }
            }
        }
        store.forgetRecovered(recovered);
    }

    private static boolean recorded(Connection connection, TableId table, String load) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + StateStore.SCHEMA
                + ".loads WHERE relation = ? AND load_value = ?")) {
            p.setString(1, table.qualified());
            p.setString(2, load);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static long landedRows(Connection connection, SqlNames names, TableId table, Map<String, String> marker)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM "
                + names.relation(new ModelName(table.schema(), table.name())) + " WHERE CAST("
                + names.quoted(marker.get(Landing.LOAD_COLUMN)) + " AS VARCHAR) = ?")) {
            p.setString(1, marker.get(Landing.LOAD_VALUE));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Points every landed table's view at its current version. */
    static void refreshLanded(Connection connection, FormatTableStore store) throws SQLException {
        for (TableId table : store.files().list(connection, LANDED_SCHEMA)) {
            store.refresh(connection, table);
        }
    }
}
