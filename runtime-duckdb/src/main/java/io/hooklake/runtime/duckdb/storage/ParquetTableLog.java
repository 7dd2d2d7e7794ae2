package io.hooklake.runtime.duckdb.storage;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Plain Parquet folders, {@code <root>/<schema>/<name>/*.parquet}. There is no log: the lakehouse
 * database is the catalog ({@code _hooklake.parquet_tables} and {@code _hooklake.parquet_files}),
 * so a commit is part of the model's or load's database transaction. Files no version lists any
 * more are deleted after the transaction commits; at rest, the folder holds exactly the live
 * files, which any Parquet reader can read as the table.
 */
public final class ParquetTableLog implements TableLog {

    private static final String SCHEMA = "_hooklake";

    private final Path root;

    public ParquetTableLog(Path root) {
        this.root = root;
    }

    private static void ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".parquet_tables (schema_name VARCHAR NOT NULL,"
                    + " table_name VARCHAR NOT NULL, version BIGINT NOT NULL, columns VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".parquet_files (schema_name VARCHAR NOT NULL,"
                    + " table_name VARCHAR NOT NULL, path VARCHAR NOT NULL)");
        }
    }

    @Override
    public Optional<TableSnapshot> current(Connection connection, TableId table) throws SQLException {
        ensure(connection);
        long version;
        List<ColumnSpec> columns = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT version, columns FROM " + SCHEMA
                + ".parquet_tables WHERE schema_name = ? AND table_name = ?")) {
            p.setString(1, table.schema());
            p.setString(2, table.name());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                version = rs.getLong(1);
                for (String line : rs.getString(2).split("\n")) {
                    int tab = line.indexOf('\t');
                    columns.add(new ColumnSpec(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return Optional.of(new TableSnapshot(version, columns, files(connection, table)));
    }

    private List<String> files(Connection connection, TableId table) throws SQLException {
        List<String> files = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT path FROM " + SCHEMA
                + ".parquet_files WHERE schema_name = ? AND table_name = ? ORDER BY path")) {
            p.setString(1, table.schema());
            p.setString(2, table.name());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    files.add(folder(table).resolve(rs.getString(1)).toString());
                }
            }
        }
        return files;
    }

    private Path folder(TableId table) {
        return root.resolve(table.schema()).resolve(table.name());
    }

    @Override
    public PendingWrite prepare(Connection connection, TableId table, List<ColumnSpec> columns, WriteMode mode)
            throws SQLException {
        ensure(connection);
        Path folder = folder(table);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot create the table folder " + folder + ": " + e.getMessage(), e);
        }
        return new PendingWrite() {
            @Override
            public String dataDirectory() {
                return folder.toString();
            }

            @Override
            public long commit(List<DataFile> files, Map<String, String> properties) throws SQLException {
                long version = current(connection, table).map(s -> s.version() + 1).orElse(0L);
                StringBuilder spec = new StringBuilder();
                for (ColumnSpec column : columns) {
                    spec.append(spec.length() == 0 ? "" : "\n").append(column.name()).append('\t').append(column.type());
                }
                delete(connection, "parquet_tables", table);
                if (mode == WriteMode.OVERWRITE) {
                    delete(connection, "parquet_files", table);
                }
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + SCHEMA
                        + ".parquet_tables VALUES (?, ?, ?, ?)")) {
                    p.setString(1, table.schema());
                    p.setString(2, table.name());
                    p.setLong(3, version);
                    p.setString(4, spec.toString());
                    p.executeUpdate();
                }
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + SCHEMA
                        + ".parquet_files VALUES (?, ?, ?)")) {
                    for (DataFile file : files) {
                        p.setString(1, table.schema());
                        p.setString(2, table.name());
                        p.setString(3, folder.relativize(Path.of(file.location())).toString());
                        p.executeUpdate();
                    }
                }
                return version;
            }
        };
    }

    private static void delete(Connection connection, String stateTable, TableId table) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + SCHEMA + "." + stateTable
                + " WHERE schema_name = ? AND table_name = ?")) {
            p.setString(1, table.schema());
            p.setString(2, table.name());
            p.executeUpdate();
        }
    }

    @Override
    public List<TableId> list(Connection connection, String schema) throws SQLException {
        ensure(connection);
        List<TableId> tables = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT table_name FROM " + SCHEMA
                + ".parquet_tables WHERE schema_name = ? ORDER BY table_name")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tables.add(new TableId(schema, rs.getString(1)));
                }
            }
        }
        return tables;
    }

    @Override
    public void drop(Connection connection, TableId table) throws SQLException {
        ensure(connection);
        delete(connection, "parquet_tables", table);
        delete(connection, "parquet_files", table);
    }

    @Override
    public boolean commitsWithDatabase() {
        return true;
    }

    /** Deletes the files of the table's folder no version lists (replaced ones, and those of failed writes). */
    @Override
    public void committed(Connection connection, TableId table) throws SQLException {
        Path folder = folder(table);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> live = new HashSet<>(files(connection, table));
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
                if (!live.contains(file.toString())) {
                    Files.deleteIfExists(file);
                }
            }
            if (live.isEmpty() && current(connection, table).isEmpty()) {
                try (Stream<Path> rest = Files.list(folder)) {
                    if (rest.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot tidy the table folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
