package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lakehouse folder on embedded DuckDB: the one class a library caller (and the Maven plugin)
 * uses to plan and run the generated models. It executes exactly the statements of a generation's
 * output folder, read back with {@link GeneratedProject#read}, and needs nothing else of the
 * generator.
 *
 * <pre>{@code
 * UssGenerator.builder().build().generate(projectDir, outputDir);
 * GeneratedProject generated = GeneratedProject.read(outputDir);
 * Lakehouse lakehouse = Lakehouse.open(Path.of("lakehouse"));
 * System.out.print(lakehouse.plan(generated).toTable());
 * lakehouse.run(generated, new PrintingRunListener(System.out));
 * }</pre>
 *
 * <p>The folder holds {@value #DATABASE_FILE} (landed tables, model tables and views, and the run
 * state in schema {@code _hooklake}), {@value #PROPERTIES_FILE} (the table format) and
 * {@code .lock}; with a {@link TableFormat} other than DuckDB, the tables are in
 * {@code tables/<schema>/<name>/} and the database holds a view over each (see
 * {@code docs/table-formats.md}). Every operation takes the lock first, so a second run, in this
 * process or another, fails at once with {@link LakehouseLockedException}. Instances hold no open
 * DuckDB connection between calls and may be shared (an Iceberg lakehouse keeps its catalog's
 * SQLite connection pool open).
 */
public final class Lakehouse {

    /** The DuckDB database file inside the folder. */
    public static final String DATABASE_FILE = "lakehouse.duckdb";

    /** The folder used when none is given. */
    public static final Path DEFAULT_DIRECTORY = Path.of("lakehouse");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

    /** Models run at the same time by default: two measured faster than one on 2 cores (docs/runtime.md). */
    public static final int DEFAULT_WORKERS = 2;

    /** The file inside the folder that records the lakehouse's table format. */
    public static final String PROPERTIES_FILE = "lakehouse.properties";

    private final Path directory;
    private final int workers;
    private final TableFormat format;
    private final FormatTableStore formatStore;
    private final SqlNames names = new SqlNames();
    private final Planner planner = new Planner();
    private final RunExecutor executor;

    private Lakehouse(Path directory, TableFormat format, FormatTableStore formatStore, int workers) {
        this.directory = directory;
        this.format = format;
        this.formatStore = formatStore;
        this.workers = workers;
        TableStore store = formatStore == null ? new DuckDbTableStore(names) : formatStore;
        this.executor = new RunExecutor(store, new GrainAuditor(), names);
    }

    /** Opens (and creates when missing) the lakehouse folder {@code directory}, its tables in DuckDB. */
    public static Lakehouse open(Path directory) {
        return open(directory, TableFormat.DUCKDB);
    }

    /**
     * Opens (and creates when missing) the lakehouse folder {@code directory} whose tables are kept
     * in {@code format}.
     *
     * in {@code format}. The format is recorded in {@value #PROPERTIES_FILE} when the folder is
     * created. Opening a Parquet, Delta or Iceberg lakehouse takes the lock, finishes a commit a
     * killed process left half done, and points the landed tables' views at their current
     * versions (which another engine may have appended to).
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} when the lakehouse was created with another format;
     *     {@code LH308} when a landed table uses a feature this reader cannot apply
     */
    public static Lakehouse open(Path directory, TableFormat format) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(format, "format");
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot create the lakehouse folder " + dir + ": " + e.getMessage(), e);
        }
        TableFormats.record(dir, format);
        SqlNames names = new SqlNames();
        FormatTableStore formatStore = format == TableFormat.DUCKDB ? null
                : new FormatTableStore(names, format, TableFormats.files(format, dir), dir);
        Lakehouse lakehouse = new Lakehouse(dir, format, formatStore, DEFAULT_WORKERS);
        if (lakehouse.formatStore != null) {
            lakehouse.withLock(connection -> {
                TableFormats.refreshLanded(connection, lakehouse.formatStore);
                return null;
            });
        }
        return lakehouse;
    }

    /**
     * This lakehouse running up to {@code workers} independent models at the same time, each on
     * its own connection (1 runs them one after another).
     */
    public Lakehouse withWorkers(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        return new Lakehouse(directory, format, formatStore, workers);
    }

    /** How many models a run runs at the same time at most. */
    public int workers() {
        return workers;
    }

    /** How this lakehouse keeps its tables. */
    public TableFormat format() {
        return format;
    }

    /** The table-format store, or null for DuckDB's own tables. */
    FormatTableStore formatStore() {
        return formatStore;
    }

    /** Opens {@code ./lakehouse}. */
    public static Lakehouse open() {
        return open(DEFAULT_DIRECTORY);
    }

    public Path directory() {
        return directory;
    }

    /** The DuckDB database file. */
    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    /** What {@link #run} would do; reads the state only, changes nothing. */
    public Plan plan(GeneratedProject generated) {
        Objects.requireNonNull(generated, "generated");
        return withLock(connection -> planner.plan(generated.models(), StateStore.read(connection),
                StateStore.highWaterMark(connection)));
    }

    /** Runs without listening. */
    public RunResult run(GeneratedProject generated) {
        return run(generated, RunListener.NONE);
    }

    /**
     * Carries out the plan: drops removed models, builds added and changed ones, and takes new
     * loads into the rest; each model in one transaction with its audit and state.
     *
     * @throws LakehouseLockedException when another run holds the lakehouse
     * @throws ModelFailedException when a model's statement fails (that model rolled back, the run stopped)
     * @throws AuditFailedException when a model's grain is not unique or has NULLs (likewise)
     * @throws LakehouseException {@link ErrorCode#NOT_LANDED} when a landing relation the models read is missing
     */
    public RunResult run(GeneratedProject generated, RunListener listener) {
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(listener, "listener");
        return withLock(connection -> {
            checkLanded(connection, generated.externalSources());
            var states = StateStore.read(connection);
            Plan plan = planner.plan(generated.models(), states, StateStore.highWaterMark(connection));
            String runId = "run-" + ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID);
            return executor.execute(connection, workers, runId, plan, generated.models(), states, listener);
        });
    }

    /** The state of every model the lakehouse holds, by name. */
    public Map<ModelName, ModelState> state() {
        return withLock(StateStore::read);
    }

    /**
     * Runs {@code sql} on a read-only connection and reads at most {@code maxRows} of its rows, for
     * a person to look at what the runs built ({@link QueryResult#toTable()}).
     *
     * @throws LakehouseException {@code LH307} when the lakehouse has no database yet or the query
     *     fails (a statement that would write included); {@code LH301} while a run holds the lakehouse
     */
    public QueryResult query(String sql, int maxRows) {
        Objects.requireNonNull(sql, "sql");
        return QueryRunner.query(directory, databaseFile(), sql, maxRows);
    }

    /** Appends loads to the landed tables of a generation ({@link GeneratedProject#landedTables()}). */
    public Landing landing(GeneratedProject generated) {
        return new Landing(this, Objects.requireNonNull(generated, "generated"));
    }

    private void checkLanded(Connection connection, List<ModelName> sources) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            for (ModelName source : sources) {
                p.setString(1, source.schema());
                p.setString(2, source.name());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        missing.add(source.qualified());
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new LakehouseException(ErrorCode.NOT_LANDED, "the lakehouse at " + directory + " lacks " + missing.size()
                    + " landing relation(s) the models read: " + String.join(", ", missing)
                    + "; land the data first (lakehouse:ingest, or Lakehouse.landing)");
        }
    }

    /** Work on the open database while holding the lock. */
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    <T> T withLock(Work<T> work) {
        try (RunLock lock = RunLock.acquire(directory)) {
            try (Connection connection = DuckDb.open(databaseFile())) {
                StateStore.ensure(connection);
                if (formatStore != null) {
                    TableFormats.recover(connection, formatStore, names);
                }
                return work.apply(connection);
            } catch (SQLException e) {
                throw new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse database " + databaseFile() + " failed: "
                        + e.getMessage(), e);
            }
        }
    }
}
