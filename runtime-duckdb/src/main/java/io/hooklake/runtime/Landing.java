package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.LoadKind;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Column;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Project;
import io.hooklake.model.SourceName;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
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
 * Appends loads to the landing relations ({@code das.landed__<source>__<table>}, tables with the
 * declared columns, the load column included) and records each load's time, which sets the
 * high-water mark a run processes up to. Each load holds the lakehouse's lock and is one
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
    private final Project project;
    private final NamingStrategy naming;
    private final SqlNames names = new SqlNames();

    Landing(Lakehouse lakehouse, Project project) {
        this.lakehouse = lakehouse;
        this.project = project;
        this.naming = new NamingStrategy(project.settings());
    }

    /** Creates every landing relation of the project that does not exist yet, empty. */
    public void createTables() {
        lakehouse.withLock(connection -> {
            for (var source : project.sources()) {
                for (Table table : source.tables()) {
                    create(connection, table);
                }
            }
            return null;
        });
    }

    /**
     * Appends one load: the rows of {@code select} (a SELECT or VALUES with a column per declared
     * column but the load column, by name) with the load column set to {@code load} (its text,
     * cast to the load column's type: {@code 2024-01-01 00:00:00}, or a dlt load id).
     *
     * @return the rows appended
     */
    public long append(String source, String table, String load, String select) {
        Table landed = table(source, table);
        return lakehouse.withLock(connection -> append(connection, landed, load, select));
    }

    private long append(Connection connection, Table landed, String load, String select) throws SQLException {
        String payload = landed.payload().stream().map(c -> names.quoted(c.name().value())).collect(Collectors.joining(", "));
        String cast = landed.payload().stream()
                .map(c -> "CAST(" + names.quoted(c.name().value()) + " AS " + c.type().sql() + ")")
                .collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + names.relation(naming.landing(landed)) + " (" + payload + ", "
                + names.quoted(landed.loadColumn().value()) + ") SELECT " + cast + ", CAST(? AS "
                + landed.load().type().sql() + ") FROM (" + select + ") AS incoming";
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
                        + naming.landing(landed).qualified() + ": " + e.getMessage(), e);
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
    private long appendToFormat(Connection connection, Table landed, String load, String select) throws SQLException {
        FormatTableStore store = lakehouse.formatStore();
        ModelName relation = naming.landing(landed);
        String full = "SELECT " + landed.payload().stream()
                .map(c -> "CAST(" + names.quoted(c.name().value()) + " AS " + c.type().sql() + ") AS "
                        + names.quoted(c.name().value()))
                .collect(Collectors.joining(", ")) + ", CAST(" + FormatTableStore.literal(load) + " AS "
                + landed.load().type().sql() + ") AS " + names.quoted(landed.loadColumn().value())
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
                    + landed.load().type().sql() + ") AS VARCHAR)")) {
                p.setString(1, relation.qualified());
                p.setString(2, load);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    properties.put(LOAD_VALUE, rs.getString(1));
                    properties.put(LOAD_TIME, rs.getString(2));
                }
            }
            properties.put(LOAD_ROWS, Long.toString(rows));
            properties.put(LOAD_COLUMN, landed.loadColumn().value());
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
        Table landed = table(source, table);
        InputFiles files = InputFiles.of(input);
        return lakehouse.withLock(connection -> ingest(connection, landed, load, files));
    }

    /**
     * Lands every table found in {@code folder} as load {@code load} of {@code source}: an entry
     * {@code <table>.parquet} (or {@code .csv}, {@code .json}, ...) or a folder {@code <table>/} of
     * such files per table. Every entry is read in full and checked (its columns, every value
     * converted to its declared type without change) before any is landed, so bad input lands
     * nothing; each table's load is then its own transaction, in table name order. Should the file
     * system fail midway (a full disk), ingesting the same folder and load again lands the tables
     * still missing it: those that have it are skipped.
     *
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} for an entry that names no declared table or does not fit
     */
    public List<IngestResult> ingestFolder(String source, String load, Path folder) {
        if (project.source(SourceName.of(source)).isEmpty()) {
            throw new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE, "project " + project.name().value() + " has no source " + source);
        }
        if (!Files.isDirectory(folder)) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + folder + ": not a folder");
        }
        Map<Table, InputFiles> entries = new TreeMap<>(Comparator.comparing(t -> t.name().value()));
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String tableName = Files.isDirectory(entry) ? name : InputFiles.stem(name);
                if (tableName == null) {
                    unknown.add(name);
                    continue;
                }
                var found = project.table(SourceName.of(source), TableName.of(tableName));
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
                    + String.join(", ", unknown) + "; name each file (.parquet, .csv, .json, .jsonl, .ndjson) or folder"
                    + " after a declared table, and keep other files elsewhere");
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
                results.add(land(connection, entry.getKey(), load, entry.getValue()));
            }
            return results;
        });
    }

    private IngestResult ingest(Connection connection, Table table, String load, InputFiles files) throws SQLException {
        check(connection, table, files);
        return land(connection, table, load, files);
    }

    /** Lands checked files, unless the table has the load already. */
    private IngestResult land(Connection connection, Table table, String load, InputFiles files) throws SQLException {
        ModelName relation = naming.landing(table);
        if (landed(connection, relation, load)) {
            return new IngestResult(relation, load, 0, true);
        }
        long rows = append(connection, table, load, "SELECT * FROM " + files.reader());
        return new IngestResult(relation, load, rows, false);
    }

    /**
     * Refuses input whose columns are not the declared payload columns, whose values do not convert
     * to the declared types, or would change when cast to them (a fraction into an integer, ...),
     * before anything is written.
     */
    private void check(Connection connection, Table table, InputFiles files) throws SQLException {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + files.reader())) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot read " + files.description() + ": "
                    + files.explain(e.getMessage()), e);
        }
        List<String> declared = table.payload().stream().map(c -> c.name().value()).toList();
        List<String> missing = declared.stream().filter(c -> !found.containsKey(c)).toList();
        List<String> extra = found.keySet().stream().filter(c -> !declared.contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            files.unclosedQuote().ifPresent(problem -> {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot read " + files.description() + ": " + problem);
            });
            StringBuilder message = new StringBuilder(files.description()).append(" does not fit ")
                    .append(naming.landing(table).qualified()).append(":");
            if (!missing.isEmpty()) {
                message.append(" lacks declared column(s) ").append(String.join(", ", missing)).append(";");
            }
            if (!extra.isEmpty()) {
                message.append(" has undeclared column(s) ").append(String.join(", ", extra)).append(";");
            }
            message.append(" declare the columns in the source's YAML or fix the file (the load column ")
                    .append(table.loadColumn().value()).append(" is added by ingest)");
            throw new LakehouseException(ErrorCode.INGEST_INPUT, message.toString());
        }
        LossyCasts.Scan scan = LossyCasts.scan(files.reader(), table.payload(), found, names);
        if (scan.sql().isEmpty()) {
            return;
        }
        List<String> lossy = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(scan.sql().get())) {
            rs.next();
            int at = 0;
            for (Column column : scan.casts()) {
                at++;
                if (scan.checked().contains(column)) {
                    long count = rs.getLong(at + 1);
                    if (count > 0) {
                        lossy.add("column " + column.name().value() + " (" + found.get(column.name().value())
                                + " in the file, declared " + column.type().sql() + "): " + String.format("%,d", count)
                                + " value" + (count == 1 ? "" : "s") + " would change, the first in row "
                                + rs.getLong(at + 2) + ": " + rs.getString(at + 3));
                    }
                    at += 3;
                }
            }
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, files.description() + " does not fit "
                    + naming.landing(table).qualified() + ": a value does not convert to its declared type: "
                    + files.explain(e.getMessage()), e);
        }
        if (!lossy.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, files.description() + " does not fit "
                    + naming.landing(table).qualified() + " without changing values: " + String.join("; ", lossy)
                    + ". Declare a type that holds them (DECIMAL with enough scale, DOUBLE, TIMESTAMP) or fix the file;"
                    + " nothing was landed");
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

    /** Appends one load from Parquet files holding the declared columns but the load column. */
    public long appendParquet(String source, String table, String load, List<Path> files) {
        String list = files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        return append(source, table, load, "SELECT * FROM read_parquet([" + list + "])");
    }

    /** The landing relation of a table. */
    public ModelName relation(String source, String table) {
        return naming.landing(table(source, table));
    }

    private Table table(String source, String table) {
        return project.table(SourceName.of(source), TableName.of(table)).orElseThrow(() -> new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE,
                "project " + project.name().value() + " has no table " + source + "." + table));
    }

    private void create(Connection connection, Table table) throws SQLException {
        ModelName relation = naming.landing(table);
        FormatTableStore store = lakehouse.formatStore();
        if (store != null) {
            if (store.files().current(connection, FormatTableStore.id(relation)).isEmpty()) {
                createEmpty(connection, store, table, relation);
            }
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            s.execute("CREATE TABLE IF NOT EXISTS " + names.relation(relation) + " (" + table.columns().stream()
                    .map(this::column).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** An empty first version of a landed table, in its own transaction. */
    private void createEmpty(Connection connection, FormatTableStore store, Table table, ModelName relation)
            throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            }
            store.write(connection, relation, "SELECT " + table.columns().stream()
                    .map(c -> "CAST(NULL AS " + c.type().sql() + ") AS " + names.quoted(c.name().value()))
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

    private String column(Column column) {
        return names.quoted(column.name().value()) + " " + column.type().sql();
    }

    /** Records the load with its time, converted to a TIMESTAMP as the frames convert it. */
    private void record(Connection connection, Table table, String load, long rows) throws SQLException {
        String value = "CAST(? AS " + table.load().type().sql() + ")";
        LoadKind kind = names.dialect().loadKind(table.load().type());
        String time = switch (kind) {
            case TIMESTAMP, DATE -> "CAST(" + value + " AS TIMESTAMP)";
            case TIMESTAMP_TZ -> "timezone('UTC', " + value + ")";
            case EPOCH_NUMBER, EPOCH_TEXT -> "make_timestamp(CAST(CAST(" + value + " AS DOUBLE) * 1000000 AS BIGINT))";
        };
        try (PreparedStatement p = connection.prepareStatement("SELECT CAST(" + time + " AS VARCHAR),"
                + " CAST((SELECT max(watermark) FROM " + StateStore.SCHEMA + ".model_state) AS VARCHAR)")) {
            p.setString(1, load);
            try (var rs = p.executeQuery()) {
                rs.next();
                String at = rs.getString(1);
                String processed = rs.getString(2);
                if (processed != null && !StateStore.parse(at).isAfter(StateStore.parse(processed))) {
                    throw new LakehouseException(ErrorCode.LOAD_OUT_OF_ORDER, "load " + load + " of " + naming.landing(table)
                            + " is at " + at + ", not after " + processed + ", which runs have already processed;"
                            + " incremental runs would never see it. Land it with a later load value");
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateStore.SCHEMA
                + ".loads SELECT ?, CAST(" + value + " AS VARCHAR), " + time + ", ?")) {
            p.setString(1, naming.landing(table).qualified());
            p.setString(2, load);
            p.setString(3, load);
            p.setLong(4, rows);
            p.executeUpdate();
        }
    }
}
