package io.hooklake.runtime.duckdb.storage;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.SqlNames;
import io.hooklake.runtime.duckdb.StateTables;
import io.hooklake.runtime.duckdb.delta.DeltaTableLog;
import io.hooklake.runtime.duckdb.iceberg.IcebergTableLog;
import io.hooklake.runtime.duckdb.storage.TableLog.PendingWrite;
import io.hooklake.runtime.duckdb.storage.TableLog.WriteMode;
import io.hooklake.runtime.duckdb.storage.TableLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.hooklake.runtime.engine.ModelChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps table models (and landed tables) in a table format: DuckDB computes and writes Parquet
 * files ({@code COPY ... TO ... (RETURN_STATS)}), {@link TableLog} commits them as a new
 * version, and the DuckDB relation is a view over the live files. Views stay DuckDB views.
 *
 * <p>Within a model's transaction the view is pointed at the new files first, so the grain audit
 * reads them; the format commit happens in {@link #beforeCommit}, just before the database
 * commits. A Delta or Iceberg commit is not part of the database transaction: a marker file
 * {@code .pending/<schema>.<name>} is written before it and removed after the database commit,
 * and {@link #recover} (called when the lakehouse is opened) points the views of marked tables at
 * their current version, so a process killed between the two commits loses nothing and the next
 * run redoes that model on top of the committed version, with the same result.
 */
public final class FileTableStorage implements TableStorage {

    /** The folder of recovery markers inside the lakehouse folder. */
    public static final String PENDING = ".pending";

    /** The folder below the lakehouse that holds the tables, {@code tables/<schema>/<name>/}. */
    public static final String TABLES = "tables";

    /** The landed tables' schema. */
    static final String LANDED_SCHEMA = "das";

    /** Keys of a load's record kept with a table-format commit (its metadata and recovery marker). */
    public static final String LOAD_VALUE = "hooklake.load";
    public static final String LOAD_TIME = "hooklake.load-time";
    public static final String LOAD_ROWS = "hooklake.load-rows";
    public static final String LOAD_COLUMN = "hooklake.load-column";

    /** Seconds spent in table-format commits (and drops) in this process; for measurements. */
    private static final java.util.concurrent.atomic.AtomicLong COMMIT_NANOS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong COMMITS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Tests only: runs after each table-format commit, before the database commits (to stand for a
     * crash there); null, the default, for nothing.
     */
    public static volatile Runnable afterFormatCommit;

    private final SqlNames names;
    private final TableFormat format;
    private final TableLog files;
    private final Path pendingDir;
    private final Path lakehouse;
    /** Schemas and view models are the same as with DuckDB tables. */
    private final DuckDbTableStorage views;
    private final Map<Connection, List<Pending>> pending = new ConcurrentHashMap<>();

    /** A write or drop waiting for the model's commit. */
    private static final class Pending {
        final TableId table;
        final PendingWrite write;
        final List<DataFile> written;
        final Map<String, String> properties;
        boolean committed;

        Pending(TableId table, PendingWrite write, List<DataFile> written, Map<String, String> properties) {
            this.table = table;
            this.write = write;
            this.written = written;
            this.properties = properties;
        }
    }

    /** The storage of a lakehouse folder whose tables are kept in {@code format} (not DuckDB's own tables). */
    public static FileTableStorage of(SqlNames names, TableFormat format, Path lakehouse) {
        return new FileTableStorage(names, format, log(format, lakehouse), lakehouse);
    }

    /** The table log of {@code format} for the tables below {@code lakehouse}. */
    public static TableLog log(TableFormat format, Path lakehouse) {
        Path tables = lakehouse.resolve(TABLES);
        return switch (format) {
            case PARQUET -> new ParquetTableLog(tables);
            case DELTA -> new DeltaTableLog(tables.toUri().toString());
            case ICEBERG -> new IcebergTableLog(lakehouse.resolve(IcebergTableLog.CATALOG_FILE), tables.toUri().toString());
            case DUCKDB -> throw new IllegalArgumentException("DuckDB's own tables are kept by DuckDbTableStorage");
        };
    }

    FileTableStorage(SqlNames names, TableFormat format, TableLog files, Path lakehouseDirectory) {
        this.names = names;
        this.format = format;
        this.files = files;
        this.pendingDir = lakehouseDirectory.resolve(PENDING);
        this.lakehouse = lakehouseDirectory;
        this.views = new DuckDbTableStorage(names);
    }

    /** The table log: lists and commits the versions of the tables. */
    public TableLog tableLog() {
        return files;
    }

    /** Seconds spent in table-format commits (and drops) in this process; for measurements. */
    public static double commitSeconds() {
        return COMMIT_NANOS.get() / 1e9;
    }

    /** Table-format commits (and drops) in this process. */
    public static long commits() {
        return COMMITS.get();
    }

    static TableId id(ModelName name) {
        return new TableId(name.schema(), name.name());
    }

    @Override
    public void ensureSchema(Connection connection, String schema) throws SQLException {
        views.ensureSchema(connection, schema);
    }

    @Override
    public void replaceView(Connection connection, CompiledModel model) throws SQLException {
        views.replaceView(connection, model);
    }

    @Override
    public long replaceTable(Connection connection, CompiledModel model) throws SQLException {
        return write(connection, model.name(), model.statement().sql(), WriteMode.OVERWRITE, Map.of());
    }

    /**
     * Writes the rows of {@code select} as a new version of {@code relation} (pending until the
     * transaction commits) and points its view at the result; returns the rows written.
     */
    public long write(Connection connection, ModelName relation, String select, WriteMode mode, Map<String, String> properties)
            throws SQLException {
        TableId table = id(relation);
        List<ColumnSpec> source = describe(connection, select);
        List<ColumnSpec> columns = source.stream()
                .map(c -> new ColumnSpec(c.name(), StorageTypes.storageType(relation.qualified() + "." + c.name(), c.type(),
                        format)))
                .toList();
        if (mode == WriteMode.APPEND && format == TableFormat.ICEBERG && source.stream().anyMatch(c -> c.type().equals("TIME"))) {
            columns = keptTimeColumns(connection, table, source, columns);
        }
        PendingWrite write = files.prepare(connection, table, columns, mode);
        List<DataFile> written = List.of(copy(connection, castSelect(columns, select), write));
        pending.computeIfAbsent(connection, c -> new ArrayList<>()).add(new Pending(table, write, written, properties));
        List<String> live = new ArrayList<>();
        if (mode == WriteMode.APPEND) {
            files.current(connection, table).ifPresent(s -> live.addAll(s.files()));
        }
        written.forEach(f -> live.add(f.location()));
        pointView(connection, relation, columns, live);
        return written.get(0).rows();
    }

    /**
     * The columns an append writes, where the table already stores a {@code TIME} column as
     * {@code TIME}: an Iceberg table landed before Iceberg stored {@code TIME} as text keeps its
     * column, since appending text to it would change the table's columns.
     */
    private List<ColumnSpec> keptTimeColumns(Connection connection, TableId table, List<ColumnSpec> source,
            List<ColumnSpec> columns) throws SQLException {
        Optional<TableSnapshot> current = files.current(connection, table);
        if (current.isEmpty()) {
            return columns;
        }
        Set<String> times = new HashSet<>();
        current.get().columns().stream().filter(c -> c.type().equals("TIME")).forEach(c -> times.add(c.name()));
        List<ColumnSpec> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            boolean time = times.contains(columns.get(i).name()) && source.get(i).type().equals("TIME");
            kept.add(time ? new ColumnSpec(columns.get(i).name(), "TIME") : columns.get(i));
        }
        return kept;
    }

    @Override
    public ModelChange.Applied applyIncremental(Connection connection, CompiledModel model, IncrementalStatements sql,
            long rowsBefore) throws SQLException {
        // The rows of unaffected entities (kept.sql), then the recomputed ones (rows.sql): rewriting the table
        // measured about 3x faster than DELETE + INSERT on DuckDB tables (docs/table-formats.md).
        String select = "SELECT * FROM (" + sql.kept().sql() + ")\nUNION ALL\nSELECT * FROM (" + sql.rows().sql() + ")";
        long rows = write(connection, model.name(), select, WriteMode.OVERWRITE, Map.of());
        // The rows written for the affected entities, read back from the new version (the view points at it).
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM "
                + names.relation(model.name()) + " WHERE " + names.identifier(sql.entityColumn())
                + " IN (SELECT entity FROM " + names.relation(sql.affectedRelation()) + ")")) {
            rs.next();
            return new ModelChange.Applied(rows, rs.getLong(1));
        }
    }

    /** One load as one table-format commit (an append), its record in {@code properties}. */
    @Override
    public long append(Connection connection, ModelName relation, List<ModelColumn> columns, String select,
            Map<String, String> properties) throws SQLException {
        ensureSchema(connection, relation.schema());
        return write(connection, relation, select, WriteMode.APPEND, properties);
    }

    @Override
    public void drop(Connection connection, ModelName model, Materialization materialization) throws SQLException {
        execute(connection, "DROP VIEW IF EXISTS " + names.relation(model));
        if (materialization != Materialization.VIEW) {
            pending.computeIfAbsent(connection, c -> new ArrayList<>())
                    .add(new Pending(id(model), null, List.of(), Map.of()));
        }
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        for (Pending p : pending.getOrDefault(connection, List.of())) {
            if (!files.commitsWithDatabase()) {
                mark(p);
            }
            long start = System.nanoTime();
            if (p.write == null) {
                files.drop(connection, p.table);
            } else {
                p.write.commit(p.written, p.properties);
            }
            p.committed = true;
            COMMIT_NANOS.addAndGet(System.nanoTime() - start);
            COMMITS.incrementAndGet();
            Runnable hook = afterFormatCommit;
            if (hook != null) {
                hook.run();
            }
        }
    }

    @Override
    public void afterCommit(Connection connection) throws SQLException {
        List<Pending> done = pending.remove(connection);
        if (done == null) {
            return;
        }
        for (Pending p : done) {
            files.committed(connection, p.table);
            unmark(p.table);
        }
    }

    @Override
    public void afterRollback(Connection connection) {
        List<Pending> failed = pending.remove(connection);
        if (failed == null) {
            return;
        }
        for (Pending p : failed) {
            if (!p.committed || files.commitsWithDatabase()) {
                for (DataFile file : p.written) {
                    try {
                        Files.deleteIfExists(Path.of(file.location()));
                    } catch (IOException e) {
                        // An orphan file: no version lists it, so no reader sees it.
                    }
                }
            }
        }
    }

    /**
     * Points the views of tables whose commit may have outlived its database transaction (a
     * process killed in between) at their current version, then forgets the markers. Returns
     * the markers' properties, by table, for the caller to finish (a load's record).
     */
    private Map<TableId, Map<String, String>> markers(Connection connection) throws SQLException {
        Map<TableId, Map<String, String>> recovered = new LinkedHashMap<>();
        if (!Files.isDirectory(pendingDir)) {
            return recovered;
        }
        List<Path> markers;
        try (Stream<Path> list = Files.list(pendingDir)) {
            markers = list.sorted().toList();
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot list " + pendingDir + ": " + e.getMessage(), e);
        }
        for (Path marker : markers) {
            Map<String, String> properties = new LinkedHashMap<>();
            try {
                for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        properties.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            } catch (IOException e) {
                throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot read " + marker + ": " + e.getMessage(), e);
            }
            TableId table = new TableId(properties.get("schema"), properties.get("name"));
            refresh(connection, table);
            recovered.put(table, properties);
        }
        return recovered;
    }

    /**
     * Finishes what a process killed between a table-format commit and the database commit left:
     * the table's view is pointed at its current version, and a load found there is recorded.
     */
    @Override
    public void recover(Connection connection) throws SQLException {
        Map<TableId, Map<String, String>> recovered = markers(connection);
        for (var entry : recovered.entrySet()) {
            Map<String, String> marker = entry.getValue();
            String load = marker.get(LOAD_VALUE);
            long landed = load == null || StateTables.loadRecorded(connection, entry.getKey().qualified(), load) ? 0
                    : landedRows(connection, entry.getKey(), marker);
            if (landed > 0) {
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateTables.SCHEMA
                        + ".loads VALUES (?, ?, CAST(? AS TIMESTAMP), ?)")) {
                    p.setString(1, entry.getKey().qualified());
                    p.setString(2, load);
                    p.setString(3, marker.get(LOAD_TIME));
                    // A marker without the rows (the Spark engine's, written before it knows them): those found.
                    p.setLong(4, marker.containsKey(LOAD_ROWS) ? Long.parseLong(marker.get(LOAD_ROWS)) : landed);
                    p.executeUpdate();
                }
            }
        }
        recovered.keySet().forEach(this::unmark);
    }

    private long landedRows(Connection connection, TableId table, Map<String, String> marker) {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM "
                + names.relation(new ModelName(table.schema(), table.name())) + " WHERE CAST("
                + names.quoted(marker.get(LOAD_COLUMN)) + " AS VARCHAR) = ?")) {
            p.setString(1, marker.get(LOAD_VALUE));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Points every landed table's view at its current version. */
    @Override
    public void refreshLanded(Connector connector) throws SQLException {
        try (Connection connection = connector.connect()) {
            StateTables.ensure(connection);
            if (relocateViews(connection)) {
                // Moved: only then, since it reads every table's metadata (Iceberg).
                files.relocate();
            }
            recover(connection);
            execute(connection, "CREATE TABLE IF NOT EXISTS " + LANDED_VIEWS + " (relation VARCHAR PRIMARY KEY,"
                    + " version BIGINT NOT NULL)");
            Map<String, Long> pointed = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT relation, version FROM " + LANDED_VIEWS)) {
                while (rs.next()) {
                    pointed.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (TableId table : files.list(connection, LANDED_SCHEMA)) {
                OptionalLong latest = files.latestVersion(table);
                if (latest.isPresent() && Long.valueOf(latest.getAsLong()).equals(pointed.get(table.qualified()))) {
                    continue;
                }
                Optional<TableSnapshot> current = refresh(connection, table);
                try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO " + LANDED_VIEWS
                        + " VALUES (?, ?)")) {
                    p.setString(1, table.qualified());
                    p.setLong(2, current.map(TableSnapshot::version).orElse(-1L));
                    p.executeUpdate();
                }
            }
        }
    }

    /**
     * The version each landed table's view was last pointed at when the lakehouse was opened: a
     * table whose log has no newer commit is not read again (its view already reads that version).
     * Anything else that points a view (a load, a recovery) leaves the row behind, so the next open
     * reads that table again.
     */
    private static final String LANDED_VIEWS = StateTables.SCHEMA + ".landed_views";

    /**
     * Points the views of a copied or moved lakehouse, which name the files of its old folder, at
     * the same files in this one ({@link ViewPaths}); true when there were any.
     */
    private boolean relocateViews(Connection connection) throws SQLException {
        List<String> changed = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name, view_name, sql"
                + " FROM duckdb_views() WHERE database_name = current_database() AND NOT internal AND NOT temporary")) {
            while (rs.next()) {
                String sql = rs.getString(3);
                String relocated = ViewPaths.relocate(sql, rs.getString(1), rs.getString(2), lakehouse);
                if (!relocated.equals(sql)) {
                    changed.add(relocated.replaceFirst("^CREATE VIEW ", "CREATE OR REPLACE VIEW "));
                }
            }
        }
        for (String sql : changed) {
            execute(connection, sql);
        }
        return !changed.isEmpty();
    }

    /** Points the view of {@code table} at the files of its current version, or drops it when the table is gone. */
    private Optional<TableSnapshot> refresh(Connection connection, TableId table) throws SQLException {
        Optional<TableSnapshot> current = files.current(connection, table);
        ModelName relation = new ModelName(table.schema(), table.name());
        if (current.isPresent()) {
            execute(connection, "CREATE SCHEMA IF NOT EXISTS " + names.identifier(table.schema()));
            pointView(connection, relation, current.get().columns(), current.get().files());
        } else {
            execute(connection, "DROP VIEW IF EXISTS " + names.relation(relation));
        }
        return current;
    }

    private void mark(Pending p) {
        StringBuilder text = new StringBuilder("schema=" + p.table.schema() + "\nname=" + p.table.name() + "\n");
        p.properties.forEach((k, v) -> text.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        try {
            Files.createDirectories(pendingDir);
            Files.writeString(pendingDir.resolve(p.table.qualified()), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot write the recovery marker in " + pendingDir + ": "
                    + e.getMessage(), e);
        }
    }

    private void unmark(TableId table) {
        try {
            Files.deleteIfExists(pendingDir.resolve(table.qualified()));
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot delete the recovery marker of " + table.qualified() + " in "
                    + pendingDir + ": " + e.getMessage(), e);
        }
    }

    private void pointView(Connection connection, ModelName relation, List<ColumnSpec> columns, List<String> live)
            throws SQLException {
        execute(connection, "CREATE OR REPLACE VIEW " + names.relation(relation) + " AS " + viewSelect(names, columns, live));
    }

    /** The SELECT of a table's view: its columns from {@code live} (local paths), or no row when there is no file. */
    public static String viewSelect(SqlNames names, List<ColumnSpec> columns, List<String> live) {
        String body;
        if (live.isEmpty()) {
            body = "SELECT " + columns.stream().map(c -> "CAST(NULL AS " + c.type() + ") AS " + names.quoted(c.name()))
                    .collect(Collectors.joining(", ")) + " WHERE false";
        } else {
            body = "SELECT " + columns.stream().map(c -> names.quoted(c.name())).collect(Collectors.joining(", "))
                    + " FROM read_parquet(" + live.stream().map(FileTableStorage::literal)
                            .collect(Collectors.joining(", ", "[", "]")) + ", union_by_name = true)";
        }
        return body;
    }

    private String castSelect(List<ColumnSpec> columns, String select) {
        return "SELECT " + columns.stream().map(c -> "CAST(" + names.quoted(c.name()) + " AS " + c.type() + ") AS "
                + names.quoted(c.name())).collect(Collectors.joining(", ")) + " FROM (" + select + ") AS written";
    }

    /** Writes {@code select} to one new Parquet file in the table's data folder. */
    private DataFile copy(Connection connection, String select, PendingWrite write) throws SQLException {
        Path file = Path.of(write.dataDirectory()).resolve("part-" + UUID.randomUUID() + ".parquet");
        StringBuilder options = new StringBuilder("FORMAT parquet, COMPRESSION zstd, RETURN_STATS");
        if (!write.fieldIds().isEmpty()) {
            options.append(", FIELD_IDS {").append(write.fieldIds().entrySet().stream()
                    .map(e -> names.quoted(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", ")))
                    .append('}');
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("COPY (" + select + ") TO " + literal(file.toString()) + " (" + options + ")")) {
            rs.next();
            return new DataFile(file.toString(), rs.getLong("file_size_bytes"), rs.getLong("count"));
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // an orphan no version lists
            }
            throw e;
        }
    }

    private List<ColumnSpec> describe(Connection connection, String select) throws SQLException {
        List<ColumnSpec> columns = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + select)) {
            while (rs.next()) {
                columns.add(new ColumnSpec(rs.getString("column_name"), rs.getString("column_type")));
            }
        }
        return columns;
    }

    private static String literal(String text) {
        return SqlNames.literal(text);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
