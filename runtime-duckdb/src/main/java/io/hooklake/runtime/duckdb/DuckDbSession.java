package io.hooklake.runtime.duckdb;

import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableStorage;
import io.hooklake.runtime.engine.ModelChange;
import io.hooklake.runtime.engine.Session;
import io.hooklake.runtime.landing.InputFiles;
import io.hooklake.runtime.landing.LossyScan;
import io.hooklake.runtime.landing.LossyValues;
import io.hooklake.runtime.landing.TableLoad;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/** One DuckDB connection to the lakehouse database. */
final class DuckDbSession implements Session {

    private final Connection connection;
    private final TableStorage storage;
    private final SqlNames names;

    DuckDbSession(Connection connection, TableStorage storage, SqlNames names) {
        this.connection = connection;
        this.storage = storage;
        this.names = names;
    }

    @Override
    public Map<ModelName, ModelState> state() throws SQLException {
        return StateTables.read(connection);
    }

    @Override
    public Optional<LocalDateTime> highWaterMark() throws SQLException {
        return StateTables.highWaterMark(connection);
    }

    @Override
    public Optional<Map<ModelName, LocalDateTime>> latestLoads() throws SQLException {
        return Optional.of(StateTables.latestLoads(connection));
    }

    @Override
    public List<ModelName> missing(List<ModelName> relations) throws SQLException {
        List<ModelName> missing = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            for (ModelName relation : relations) {
                p.setString(1, relation.schema());
                p.setString(2, relation.name());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        missing.add(relation);
                    }
                }
            }
        }
        return missing;
    }

    @Override
    public void createSchema(String schema) throws SQLException {
        connection.setAutoCommit(true);
        storage.ensureSchema(connection, schema);
    }

    @Override
    public Session worker() throws SQLException {
        return new DuckDbSession(connection.unwrap(DuckDBConnection.class).duplicate(), storage, names);
    }

    @Override
    public ModelChange begin() throws SQLException {
        connection.setAutoCommit(false);
        return new DuckDbModelChange(connection, storage, names);
    }

    @Override
    public Map<String, String> inputColumns(InputFiles files) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE " + inputSelect(files))) {
            while (rs.next()) {
                columns.put(rs.getString(1), rs.getString(2));
            }
        }
        return columns;
    }

    @Override
    public List<LossyValues> lossyValues(LandedTable table, InputFiles files, Map<String, String> found)
            throws SQLException {
        Optional<LossyScan> scan = LossyScan.of(inputSelect(files), table.payload(), found, LossyCasts.sql(names));
        if (scan.isEmpty()) {
            return List.of();
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(scan.get().sql())) {
            rs.next();
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return scan.get().lossy(row::get);
        }
    }

    @Override
    public String inputSelect(InputFiles files) {
        return "SELECT * FROM " + reader(files);
    }

    /** A DuckDB table function reading every file, columns matched by name across files. */
    private static String reader(InputFiles files) {
        String list = files.files().stream().map(f -> SqlNames.literal(f.toString()))
                .collect(Collectors.joining(", ", "[", "]"));
        return switch (files.kind()) {
            case "parquet" -> "read_parquet(" + list + ", union_by_name = true)";
            case "csv" -> "read_csv(" + list + ", header = true, quote = '\"', union_by_name = true)";
            default -> "read_json(" + list + ", format = 'auto', union_by_name = true)";
        };
    }

    @Override
    public boolean landed(ModelName relation, String load) throws SQLException {
        return StateTables.loadRecorded(connection, relation.qualified(), load);
    }

    @Override
    public LocalDateTime loadTime(LandedTable table, String load) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT CAST(load_time AS VARCHAR) FROM ("
                + table.loadTime().sql() + ") AS converted")) {
            p.setString(1, load);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return StateTables.parse(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "load value " + load + " of " + table.relation()
                    + " does not convert to its load column's type " + table.loadColumn().type() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long land(LandedTable table, String load, LocalDateTime loadTime, String select) throws SQLException {
        return landAll(List.of(new TableLoad(table, load, loadTime, select))).get(0);
    }

    /** Every load in one transaction: one database commit, after each table-format commit of a file-based lakehouse. */
    @Override
    public List<Long> landAll(List<TableLoad> loads) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<Long> rows = new ArrayList<>();
            Map<String, String> values = new HashMap<>();
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + StateTables.SCHEMA
                    + ".loads VALUES (?, ?, CAST(? AS TIMESTAMP), ?)")) {
                for (TableLoad load : loads) {
                    rows.add(append(load, record, values));
                }
            }
            storage.beforeCommit(connection);
            connection.commit();
            storage.afterCommit(connection);
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            storage.afterRollback(connection);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Appends one load and records it, inside the caller's transaction. {@code values} keeps the
     * load value as each load column type prints it, by type.
     */
    private long append(TableLoad load, PreparedStatement record, Map<String, String> values) throws SQLException {
        LandedTable table = load.table();
        List<ModelColumn> columns = new ArrayList<>(table.payload());
        columns.add(table.loadColumn());
        String full = "SELECT " + table.payload().stream()
                .map(c -> "CAST(" + names.quoted(c.name()) + " AS " + c.type() + ") AS " + names.quoted(c.name()))
                .collect(Collectors.joining(", ")) + ", CAST(" + SqlNames.literal(load.load()) + " AS "
                + table.loadColumn().type() + ") AS " + names.quoted(table.loadColumn().name())
                + " FROM (" + load.select() + ") AS incoming";
        Map<String, String> properties = new LinkedHashMap<>();
        long rows;
        try {
            rows = storage.append(connection, table.relation(), columns, full, properties);
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot land load " + load.load() + " of "
                    + table.relation().qualified() + ": " + e.getMessage(), e);
        }
        String type = table.loadColumn().type();
        String value = values.get(type);
        if (value == null) {
            try (PreparedStatement p = connection.prepareStatement("SELECT CAST(CAST(? AS " + type + ") AS VARCHAR)")) {
                p.setString(1, load.load());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    value = rs.getString(1);
                }
            }
            values.put(type, value);
        }
        record.setString(1, table.relation().qualified());
        record.setString(2, value);
        record.setString(3, StateTables.format(load.loadTime()));
        record.setLong(4, rows);
        record.executeUpdate();
        properties.put(FileTableStorage.LOAD_VALUE, value);
        properties.put(FileTableStorage.LOAD_TIME, StateTables.format(load.loadTime()));
        properties.put(FileTableStorage.LOAD_ROWS, Long.toString(rows));
        properties.put(FileTableStorage.LOAD_COLUMN, table.loadColumn().name());
        return rows;
    }

    @Override
    public void recordRun(String runId, java.time.Instant started, java.time.Instant finished) throws SQLException {
        connection.setAutoCommit(true);
        StateTables.recordRun(connection, runId, started, finished);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
