package io.hooklake.runtime;

import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.format.TableFiles.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Appends loads to the landed tables of a generation ({@link GeneratedProject#landedTables()}:
 * {@code das.landed__<source>__<table>}, tables with the declared columns, the load column last)
 * and records each load's time, computed by the generated {@code .load-time.sql} statement, which
 * sets the high-water mark a run processes up to. Each load holds the lakehouse's lock and is one
 * transaction.
 *
 * <p>{@link #ingest} lands files (Parquet, CSV, JSON; a file or a folder of them) and
 * {@link #ingestFolder} a folder with a file or folder per table. Their columns are matched to
 * the declared ones by name and cast to the declared types; a missing or undeclared column, or a
 * value that does not convert, is refused ({@link ErrorCode#INGEST_INPUT}) and lands nothing. A load value
 * the table already has is skipped, so ingesting the same load twice changes nothing.
 *
 * <p>Loads must arrive in load order: a load whose time is not after the watermark of a model
 * already built would never be seen by incremental runs, so it is refused ({@link ErrorCode#LOAD_OUT_OF_ORDER}).
 */
public final class Landing {

    /** Keys of a load's record kept with a table-format commit (its metadata and recovery marker). */
    static final String LOAD_VALUE = "hooklake.load";
    static final String LOAD_TIME = "hooklake.load-time";
    static final String LOAD_ROWS = "hooklake.load-rows";
    static final String LOAD_COLUMN = "hooklake.load-column";

    private final Lakehouse lakehouse;
    private final GeneratedProject generated;
    private final SqlNames names = new SqlNames();

    Landing(Lakehouse lakehouse, GeneratedProject generated) {
        this.lakehouse = lakehouse;
        this.generated = generated;
    }

    /**
     * Appends one load: the rows of {@code select} (a SELECT or VALUES with a column per declared
     * column but the load column, by name) with the load column set to {@code load} (its text,
     * cast to the load column's type: {@code 2024-01-01 00:00:00}, or a dlt load id).
     *
     * @return the rows appended
     */
    public long append(String source, String table, String load, String select) {
        LandedTable landed = table(source, table);
        return lakehouse.withLock(connection -> append(connection, landed, load, select));
    }

    private long append(Connection connection, LandedTable landed, String load, String select) throws SQLException {
        String payload = landed.payload().stream().map(c -> names.quoted(c.name())).collect(Collectors.joining(", "));
        String cast = landed.payload().stream()
                .map(c -> "CAST(" + names.quoted(c.name()) + " AS " + c.type() + ")")
                .collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + names.relation(landed.relation()) + " (" + payload + ", "
                + names.quoted(landed.loadColumn().name()) + ") SELECT " + cast + ", CAST(? AS "
                + landed.loadColumn().type() + ") FROM (" + select + ") AS incoming";
        if (lakehouse.formatStore() != null) {
            return appendToFormat(connection, landed, load, select);
        }
        connection.setAutoCommit(false);
        try {
            create(connection, landed);
            long rows;
            try (PreparedStatement p = connection.prepareStatement(insert)) {
                p.setString(1, load);
                rows = p.executeUpdate();
            } catch (SQLException e) {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot land load " + load + " of "
                        + landed.relation().qualified() + ": " + e.getMessage(), e);
            }
            record(connection, landed, load, rows);
            connection.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * One load as one table-format commit (an append), with the load's record in the same
     * database transaction; the commit carries the load value, time and rows in its metadata.
     */
    private long appendToFormat(Connection connection, LandedTable landed, String load, String select)
            throws SQLException {
        FormatTableStore store = lakehouse.formatStore();
        ModelName relation = landed.relation();
        String full = "SELECT " + landed.payload().stream()
                .map(c -> "CAST(" + names.quoted(c.name()) + " AS " + c.type() + ") AS " + names.quoted(c.name()))
                .collect(Collectors.joining(", ")) + ", CAST(" + FormatTableStore.literal(load) + " AS "
                + landed.loadColumn().type() + ") AS " + names.quoted(landed.loadColumn().name())
                + " FROM (" + select + ") AS incoming";
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            }
            long rows;
            try {
                rows = store.write(connection, relation, full, WriteMode.APPEND, properties);
            } catch (SQLException e) {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot land load " + load + " of " + relation.qualified() + ": "
                        + e.getMessage(), e);
            }
            record(connection, landed, load, rows);
            try (PreparedStatement p = connection.prepareStatement("SELECT load_value, CAST(load_time AS VARCHAR) FROM "
                    + StateStore.SCHEMA + ".loads WHERE relation = ? AND load_value = CAST(CAST(? AS "
                    + landed.loadColumn().type() + ") AS VARCHAR)")) {
                p.setString(1, relation.qualified());
                p.setString(2, load);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    properties.put(LOAD_VALUE, rs.getString(1));
                    properties.put(LOAD_TIME, rs.getString(2));
                }
            }
            properties.put(LOAD_ROWS, Long.toString(rows));
            properties.put(LOAD_COLUMN, landed.loadColumn().name());
            store.beforeCommit(connection);
            connection.commit();
            store.afterCommit(connection);
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            store.afterRollback(connection);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Lands {@code input} (a {@code .parquet}, {@code .csv}, {@code .json}/{@code .jsonl}/{@code .ndjson}
     * file, or a folder of files of one of these kinds) as load {@code load} of {@code source.table}.
     * The files hold the declared columns but the load column, in any order.
     *
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} when the input is missing, of an unknown
     *     kind, or its columns or values do not fit the declaration; {@link ErrorCode#UNKNOWN_LANDED_TABLE}
     *     for an unknown table; {@link ErrorCode#LOAD_OUT_OF_ORDER} for a load not after what runs processed. Nothing is landed then.
     */
    public IngestResult ingest(String source, String table, String load, Path input) {
        LandedTable landed = table(source, table);
        InputFiles files = InputFiles.of(input);
        return lakehouse.withLock(connection -> ingest(connection, landed, load, files));
    }

    /**
     * Lands every table found in {@code folder} as load {@code load} of {@code source}: an entry
     * {@code <table>.parquet} (or {@code .csv}, {@code .json}, ...) or a folder {@code <table>/} of
     * such files per table. Every entry is checked before any is landed; each table's load is then
     * its own transaction, in table name order.
     *
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} for an entry that names no declared table or does not fit
     */
    public List<IngestResult> ingestFolder(String source, String load, Path folder) {
        List<LandedTable> tables = generated.landedTables(source);
        if (tables.isEmpty()) {
            throw new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE, "project " + generated.project() + " has no source " + source);
        }
        if (!Files.isDirectory(folder)) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + folder + ": not a folder");
        }
        Map<LandedTable, InputFiles> entries = new TreeMap<>(Comparator.comparing(LandedTable::table));
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                String tableName = Files.isDirectory(entry) ? name : InputFiles.stem(name);
                if (name.startsWith(".") || tableName == null) {
                    continue;
                }
                var found = tables.stream().filter(t -> t.table().equals(tableName)).findFirst();
                if (found.isEmpty()) {
                    unknown.add(name);
                } else {
                    entries.put(found.get(), InputFiles.of(entry));
                }
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (!unknown.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, folder + " holds " + unknown.size() + " entr"
                    + (unknown.size() == 1 ? "y" : "ies") + " naming no table of source " + source + ": "
                    + String.join(", ", unknown) + "; name each file or folder after a declared table");
        }
        if (entries.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, folder + " holds no .parquet, .csv or .json file or table folder");
        }
        return lakehouse.withLock(connection -> {
            for (var entry : entries.entrySet()) {
                check(connection, entry.getKey(), entry.getValue());
            }
            List<IngestResult> results = new ArrayList<>();
            for (var entry : entries.entrySet()) {
                results.add(ingest(connection, entry.getKey(), load, entry.getValue()));
            }
            return results;
        });
    }

    private IngestResult ingest(Connection connection, LandedTable table, String load, InputFiles files)
            throws SQLException {
        ModelName relation = table.relation();
        check(connection, table, files);
        if (landed(connection, relation, load)) {
            return new IngestResult(relation, load, 0, true);
        }
        long rows = append(connection, table, load, "SELECT * FROM " + files.reader());
        return new IngestResult(relation, load, rows, false);
    }

    /** Refuses input whose columns are not the declared payload columns, before anything is written. */
    private void check(Connection connection, LandedTable table, InputFiles files) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + files.reader())) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot read " + files.description() + ": " + e.getMessage(), e);
        }
        List<String> declared = table.payload().stream().map(ModelColumn::name).toList();
        List<String> missing = declared.stream().filter(c -> !found.contains(c)).toList();
        List<String> extra = found.stream().filter(c -> !declared.contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder message = new StringBuilder(files.description()).append(" does not fit ")
                    .append(table.relation().qualified()).append(":");
            if (!missing.isEmpty()) {
                message.append(" lacks declared column(s) ").append(String.join(", ", missing)).append(";");
            }
            if (!extra.isEmpty()) {
                message.append(" has undeclared column(s) ").append(String.join(", ", extra)).append(";");
            }
            message.append(" declare the columns in the source's YAML or fix the file (the load column ")
                    .append(table.loadColumn().name()).append(" is added by ingest)");
            throw new LakehouseException(ErrorCode.INGEST_INPUT, message.toString());
        }
    }

    private boolean landed(Connection connection, ModelName relation, String load) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + StateStore.SCHEMA
                + ".loads WHERE relation = ? AND load_value = ?")) {
            p.setString(1, relation.qualified());
            p.setString(2, load);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The landing relation of a table. */
    public ModelName relation(String source, String table) {
        return table(source, table).relation();
    }

    private LandedTable table(String source, String table) {
        return generated.landedTable(source, table).orElseThrow(() -> new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE,
                "project " + generated.project() + " has no table " + source + "." + table));
    }

    /** The declared columns, the load column last. */
    private static List<ModelColumn> columns(LandedTable table) {
        List<ModelColumn> columns = new ArrayList<>(table.payload());
        columns.add(table.loadColumn());
        return columns;
    }

    private void create(Connection connection, LandedTable table) throws SQLException {
        ModelName relation = table.relation();
        FormatTableStore store = lakehouse.formatStore();
        if (store != null) {
            if (store.files().current(connection, FormatTableStore.id(relation)).isEmpty()) {
                createEmpty(connection, store, table, relation);
            }
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            s.execute("CREATE TABLE IF NOT EXISTS " + names.relation(relation) + " (" + columns(table).stream()
                    .map(c -> names.quoted(c.name()) + " " + c.type()).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** An empty first version of a landed table, in its own transaction. */
    private void createEmpty(Connection connection, FormatTableStore store, LandedTable table, ModelName relation)
            throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            }
            store.write(connection, relation, "SELECT " + columns(table).stream()
                    .map(c -> "CAST(NULL AS " + c.type() + ") AS " + names.quoted(c.name()))
                    .collect(Collectors.joining(", ")) + " WHERE false", WriteMode.OVERWRITE,
                    Map.of());
            store.beforeCommit(connection);
            connection.commit();
            store.afterCommit(connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            store.afterRollback(connection);
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /** Records the load with its time, converted by the generated load-time statement as the frames convert it. */
    private void record(Connection connection, LandedTable table, String load, long rows) throws SQLException {
        String at;
        try (PreparedStatement p = connection.prepareStatement("SELECT CAST(load_time AS VARCHAR) FROM ("
                + table.loadTime().sql() + ") AS converted")) {
            p.setString(1, load);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                at = rs.getString(1);
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT CAST(max(watermark) AS VARCHAR) FROM " + StateStore.SCHEMA
                        + ".model_state")) {
            rs.next();
            String processed = rs.getString(1);
            if (processed != null && !StateStore.parse(at).isAfter(StateStore.parse(processed))) {
                throw new LakehouseException(ErrorCode.LOAD_OUT_OF_ORDER, "load " + load + " of " + table.relation()
                        + " is at " + at + ", not after " + processed + ", which runs have already processed;"
                        + " incremental runs would never see it. Land it with a later load value");
            }
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateStore.SCHEMA
                + ".loads SELECT ?, CAST(CAST(? AS " + table.loadColumn().type() + ") AS VARCHAR), CAST(? AS TIMESTAMP), ?")) {
            p.setString(1, table.relation().qualified());
            p.setString(2, load);
            p.setString(3, at);
            p.setLong(4, rows);
            p.executeUpdate();
        }
    }
}
