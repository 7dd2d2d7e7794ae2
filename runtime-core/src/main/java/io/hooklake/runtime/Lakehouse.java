package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.EngineLakehouse;
import io.hooklake.runtime.engine.Engines;
import io.hooklake.runtime.engine.Session;
import io.hooklake.runtime.lock.RunLock;
import io.hooklake.runtime.plan.Planner;
import io.hooklake.runtime.run.RunExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lakehouse folder: the one class a library caller (and the Maven plugin) uses to plan and run
 * the generated models. It plans, schedules, locks and checks; the {@link Engine} found on the
 * class path (DuckDB's, from {@code io.hooklake:runtime-duckdb}) executes the statements and keeps
 * the tables. It executes exactly the statements of a generation's
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
 * <p>The folder holds {@value #PROPERTIES_FILE} (the table format), {@code .lock} and what the
 * engine keeps (for DuckDB, {@code lakehouse.duckdb} with the run state in schema
 * {@code _hooklake}; with a {@link TableFormat} other than DuckDB, the tables are in
 * {@code tables/<schema>/<name>/}, see {@code docs/table-formats.md}). Every operation takes the
 * lock first, so a second run, in this process or another, fails at once with
 * {@link LakehouseLockedException}. Instances hold no open connection between calls and may be
 * shared (an Iceberg lakehouse keeps its catalog's SQLite connection pool open).
 */
public final class Lakehouse implements AutoCloseable {

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
    private final EngineLakehouse engine;
    /** The name of the engine this lakehouse was opened with. */
    private final String engineName;
    /** The engine recorded in {@value #PROPERTIES_FILE}: the only one that may write to the lakehouse. */
    private final String recordedEngine;
    private final Planner planner = new Planner();
    /** Whether the landed tables' views were refreshed since the lakehouse was opened (see {@link #open}). */
    private volatile boolean refreshed = true;
    private final RunExecutor executor = new RunExecutor();

    private Lakehouse(Path directory, TableFormat format, EngineLakehouse engine, String engineName, String recordedEngine,
            int workers) {
        this.directory = directory;
        this.format = format;
        this.engine = engine;
        this.engineName = engineName;
        this.recordedEngine = recordedEngine;
        this.workers = workers;
    }

    /**
     * Opens the lakehouse folder {@code directory} in the table format it was created with, or
     * creates it with its tables in DuckDB.
     */
    public static Lakehouse open(Path directory) {
        return open(directory, recordedFormat(directory).orElse(TableFormat.DUCKDB));
    }

    /**
     * The table format the lakehouse folder {@code directory} was created with (recorded in its
     * {@value #PROPERTIES_FILE}); empty when there is no lakehouse there yet.
     */
    public static Optional<TableFormat> recordedFormat(Path directory) {
        return LakehouseProperties.recorded(directory.toAbsolutePath().normalize());
    }

    /**
     * The engine that runs the lakehouse folder {@code directory} (recorded in its
     * {@value #PROPERTIES_FILE}, {@code duckdb} for a lakehouse made before engines were recorded);
     * empty when there is no lakehouse there yet.
     */
    public static Optional<String> recordedEngine(Path directory) {
        return LakehouseProperties.recordedEngine(directory.toAbsolutePath().normalize());
    }

    /**
     * Opens (and creates when missing) the lakehouse folder {@code directory} whose tables are kept
     * in {@code format}, with the engine that runs it ({@link #recordedEngine}), or for a new
     * lakehouse the DuckDB engine when it is on the class path ({@link Engines#find()}).
     *
     * <p>The format is recorded in {@value #PROPERTIES_FILE} when the folder is created; an
     * existing lakehouse must be opened with the format it was created with ({@link #open(Path)}
     * and {@link #recordedFormat} read it). Opening a
     * Parquet, Delta or Iceberg lakehouse takes the lock, finishes a commit a killed process left
     * half done, and points the landed tables' views at their current versions (which another
     * engine may have appended to). A lakehouse in a folder this user may not write opens for
     * queries only.
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} when the lakehouse was created with another format;
     *     {@link ErrorCode#FOREIGN_TABLE} when a landed table uses a feature this reader cannot apply;
     *     {@link ErrorCode#ENGINE_UNAVAILABLE} when no engine is on the class path, or not the one
     *     the lakehouse records
     */
    public static Lakehouse open(Path directory, TableFormat format) {
        Optional<String> recorded = recordedEngine(directory);
        return open(directory, format, recorded.isPresent() ? Engines.named(recorded.get()) : Engines.find());
    }

    /**
     * As {@link #open(Path, TableFormat)}, with the engine named {@code engineName} ({@code duckdb},
     * {@code spark}; {@link Engines#named}).
     */
    public static Lakehouse open(Path directory, TableFormat format, String engineName) {
        return open(directory, format, Engines.named(engineName));
    }

    /**
     * As {@link #open(Path, TableFormat)}, with {@code engine} rather than the one found on the class
     * path. A new lakehouse records {@code engine} as the one that runs it. An existing lakehouse that
     * records another engine can be queried ({@link #query}) with this one, which reads the tables
     * the other wrote; work that writes (a run, a plan, an ingest) is refused with
     * {@link ErrorCode#ENGINE_MISMATCH}.
     */
    public static Lakehouse open(Path directory, TableFormat format, Engine engine) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(engine, "engine");
        Path dir = directory.toAbsolutePath().normalize();
        // Bad input changes nothing: what the engine cannot run (a format it does not keep, settings it cannot use) and a
        // format other than the one recorded are refused before the folder is created or anything is recorded in it.
        engine.checkUsable(format);
        LakehouseProperties.recorded(dir).ifPresent(recorded -> LakehouseProperties.refuseOther(dir, recorded, format));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot create the lakehouse folder " + dir + ": " + e.getMessage(), e);
        }
        LakehouseProperties.record(dir, format, engine.name());
        String recorded = LakehouseProperties.recordedEngine(dir).orElse(engine.name());
        Lakehouse lakehouse = new Lakehouse(dir, format, engine.open(dir, format), engine.name(), recorded, DEFAULT_WORKERS);
        // A folder this user may not write (a read-only mount or copy) can only be queried: its tables stay as its
        // last writer left them.
        if (Files.isWritable(dir)) {
            try (RunLock lock = RunLock.acquire(dir)) {
                lakehouse.engine.refreshLanded();
                lakehouse.refreshed = true;
            } catch (SQLException e) {
                // Not fatal to reading (a full disk, say): queries read the tables as last committed, and work that
                // writes refreshes first and reports the failure then (withLock).
                lakehouse.refreshed = false;
            }
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
        return new Lakehouse(directory, format, engine, engineName, recordedEngine, workers);
    }

    /** How many models a run runs at the same time at most. */
    public int workers() {
        return workers;
    }

    /** The name of the engine this lakehouse was opened with ({@code duckdb}, {@code spark}). */
    public String engine() {
        return engineName;
    }

    /**
     * Lets go of what the engine holds open between calls (the Spark engine's session); the
     * DuckDB engine holds nothing. The lakehouse may not be used afterwards.
     */
    @Override
    public void close() {
        engine.close();
    }

    /** How this lakehouse keeps its tables. */
    public TableFormat format() {
        return format;
    }

    /** Opens {@code ./lakehouse}. */
    public static Lakehouse open() {
        return open(DEFAULT_DIRECTORY);
    }

    public Path directory() {
        return directory;
    }

    /** What {@link #run} would do; reads the state only, changes nothing. */
    public Plan plan(GeneratedProject generated) {
        checkEngine(generated);
        return withLock(session -> planner.plan(generated.models(), session.state(), session.highWaterMark(),
                session.latestLoads()));
    }

    /**
     * Plans as {@link #plan(GeneratedProject)} and writes the plan to {@code file}, as a table or as
     * JSON, with what it was made from (the generation's checksum and a digest of the lakehouse's
     * state), so that {@link #run(GeneratedProject, RunListener, SavedPlan)} can run exactly it later.
     *
     * @return the plan written
     */
    public Plan plan(GeneratedProject generated, Path file, boolean json) {
        checkEngine(generated);
        Objects.requireNonNull(file, "file");
        return withLock(session -> {
            var states = session.state();
            var highWaterMark = session.highWaterMark();
            Plan plan = planner.plan(generated.models(), states, highWaterMark, session.latestLoads());
            new SavedPlan(generated.checksum(), SavedPlan.digest(states, highWaterMark), file.toString()).write(plan, file, json);
            return plan;
        });
    }

    /** Runs without listening. */
    public RunResult run(GeneratedProject generated) {
        return run(generated, RunListener.NONE);
    }

    /**
     * Runs the plan {@code saved} stands for ({@link SavedPlan#read(Path)}), and nothing else:
     * refused, with nothing done, when the project was generated anew with changes or the lakehouse
     * has changed (a run, a load) since the plan was made.
     *
     * @throws LakehouseException {@link ErrorCode#PLAN_STALE} when the plan is stale
     */
    public RunResult run(GeneratedProject generated, RunListener listener, SavedPlan saved) {
        Objects.requireNonNull(saved, "saved");
        return run(generated, listener, Optional.of(saved));
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
        return run(generated, listener, Optional.empty());
    }

    private RunResult run(GeneratedProject generated, RunListener listener, Optional<SavedPlan> saved) {
        checkEngine(generated);
        Objects.requireNonNull(listener, "listener");
        return withLock(session -> {
            checkLanded(session, generated.externalSources());
            var states = session.state();
            var highWaterMark = session.highWaterMark();
            if (saved.isPresent()) {
                if (!saved.get().project().equals(generated.checksum())) {
                    throw new LakehouseException(ErrorCode.PLAN_STALE, saved.get().origin() + ": the plan was made for another generation of the"
                            + " project (manifest.json has changed since); nothing was run: plan again");
                }
                if (!saved.get().lakehouse().equals(SavedPlan.digest(states, highWaterMark))) {
                    throw new LakehouseException(ErrorCode.PLAN_STALE, saved.get().origin() + ": the lakehouse at " + directory + " has changed"
                            + " since the plan was made (a run or a load since); nothing was run: plan again");
                }
            }
            Plan plan = planner.plan(generated.models(), states, highWaterMark, session.latestLoads());
            ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
            String runId = "run-" + started.format(RUN_ID);
            boolean finished = false;
            try {
                RunResult result = executor.execute(session, workers, runId, plan, generated.models(), states,
                        generated.dataChecks(), listener);
                finished = true;
                return result;
            } finally {
                // A failed run's committed models stay: it is recorded too, so it can be looked back at.
                try {
                    session.recordRun(runId, started.toInstant(), java.time.Instant.now());
                } catch (SQLException | RuntimeException e) {
                    if (finished) {
                        throw e;
                    }
                }
            }
        });
    }

    /** The state of every model the lakehouse holds, by name. */
    public Map<ModelName, ModelState> state() {
        return withLock(Session::state);
    }

    /** The time a query may take unless its caller gives another. */
    public static final Duration DEFAULT_QUERY_TIME_LIMIT = Duration.ofMinutes(10);

    /**
     * Runs {@code sql} on a read-only connection and reads at most {@code maxRows} of its rows, for
     * a person to look at what the runs built ({@link QueryResult#toTable()}), within
     * {@link #DEFAULT_QUERY_TIME_LIMIT}.
     *
     * @see #query(String, int, Duration)
     */
    public QueryResult query(String sql, int maxRows) {
        return query(sql, maxRows, DEFAULT_QUERY_TIME_LIMIT);
    }

    /**
     * Runs {@code sql}, one {@code SELECT} (or {@code DESCRIBE}, {@code SHOW}, {@code SUMMARIZE}),
     * in a sandbox that reads the lakehouse's tables and nothing else: no file is written, no file
     * outside the lakehouse read, no setting changed. Any number of queries may read at once; none
     * while a run holds the lakehouse. A lakehouse in a read-only folder can be queried.
     *
     * @throws LakehouseException {@code LH307} when the lakehouse has no database yet or the query
     *     fails; {@code LH315} for a statement that is not a read; {@code LH316} when it runs longer
     *     than {@code timeLimit}; {@code LH301} while a run holds the lakehouse
     */
    public QueryResult query(String sql, int maxRows, Duration timeLimit) {
        return query(sql, maxRows, timeLimit, AsOf.now());
    }

    /**
     * As {@link #query(String, int, Duration)}, reading the lakehouse as it was at {@code asOf}:
     * right after an earlier run ({@link AsOf#run}, the id the run summary prints) or at a moment
     * ({@link AsOf#time}): every table at the version committed last by then (Delta versions,
     * Iceberg snapshots), views as they are now. Delta and Iceberg lakehouses only: the
     * {@code duckdb} and {@code parquet} formats keep no earlier versions.
     *
     * @throws LakehouseException {@code LH320} for a {@code duckdb} or {@code parquet} lakehouse;
     *     {@code LH321} for a run this lakehouse has not recorded or a moment before its first run;
     *     {@code LH322} when a table's version of that moment is gone (its files removed)
     */
    public QueryResult query(String sql, int maxRows, Duration timeLimit, AsOf asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        Optional<RunLock> lock = RunLock.acquireShared(directory);
        try {
            return engine.query(sql, maxRows, timeLimit, asOf);
        } finally {
            lock.ifPresent(RunLock::close);
        }
    }

    /** Appends loads to the landed tables of a generation ({@link GeneratedProject#landedTables()}). */
    public Landing landing(GeneratedProject generated) {
        checkEngine(generated);
        return new Landing(this, generated);
    }

    /**
     * Refuses work that writes when another engine runs this lakehouse, or when the project was
     * generated in another engine's SQL dialect.
     *
     * @throws LakehouseException {@link ErrorCode#ENGINE_MISMATCH}
     */
    private void checkEngine(GeneratedProject generated) {
        Objects.requireNonNull(generated, "generated");
        if (!recordedEngine.equalsIgnoreCase(engineName)) {
            throw new LakehouseException(ErrorCode.ENGINE_MISMATCH, "the lakehouse at " + directory + " is run by the "
                    + recordedEngine + " engine, not " + engineName + ": run, plan and ingest it with the " + recordedEngine
                    + " engine (lakehouse.engine=" + recordedEngine + "); either engine can query it");
        }
        String dialect = generated.sqlDialect().name();
        if (!dialect.equalsIgnoreCase(engineName)) {
            throw new LakehouseException(ErrorCode.ENGINE_MISMATCH, "the project was generated in the " + dialect
                    + " SQL dialect, but the lakehouse at " + directory + " is run by the " + engineName + " engine:"
                    + " generate it for " + engineName + " (engine: " + engineName + " in lakehouse.yml) and run again");
        }
    }

    private void checkLanded(Session session, List<ModelName> sources) throws SQLException {
        List<String> missing = session.missing(sources).stream().map(ModelName::qualified).toList();
        if (!missing.isEmpty()) {
            throw new LakehouseException(ErrorCode.NOT_LANDED, "the lakehouse at " + directory + " lacks " + missing.size()
                    + " landing relation(s) the models read: " + String.join(", ", missing)
                    + "; land the data first (mvn lakehouse:ingest, or Lakehouse.landing(generated) in Java)");
        }
    }

    /** Work on a session of the lakehouse while holding the lock. */
    interface Work<T> {
        T apply(Session session) throws SQLException;
    }

    <T> T withLock(Work<T> work) {
        try (RunLock lock = RunLock.acquire(directory)) {
            try {
                if (!refreshed) {
                    engine.refreshLanded();
                    refreshed = true;
                }
                try (Session session = engine.session()) {
                    return work.apply(session);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /**
     * A failure of the lakehouse's database: LH312 with the file system's reason when a write found
     * no space left (free space and run again: what was committed stays, the next run finishes the
     * job), else LH300.
     */
    private LakehouseException failure(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains(NO_SPACE)) {
            return new LakehouseException(ErrorCode.LAKEHOUSE_IO, "the lakehouse at " + directory + " cannot be written:"
                    + " " + NO_SPACE + "; free space and run again: what was committed stays, and the next run"
                    + " finishes the job", e);
        }
        return new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse at " + directory + " failed: " + message, e);
    }

    /** The file system's words for a full disk, as DuckDB passes them on. */
    private static final String NO_SPACE = "No space left on device";
}
