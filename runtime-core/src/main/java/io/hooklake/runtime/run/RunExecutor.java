package io.hooklake.runtime.run;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.Action;
import io.hooklake.generator.contract.Statement;
import io.hooklake.model.DataChecks;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.DataCheckFailedException;
import io.hooklake.runtime.DataCheckFinding;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.ModelFailedException;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.Plan;
import io.hooklake.runtime.PlannedModel;
import io.hooklake.runtime.RunListener;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.RunSummary;
import io.hooklake.runtime.engine.ModelChange;
import io.hooklake.runtime.engine.Session;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries out a plan, each model in one transaction: the model's statements, its audit and its
 * state, then COMMIT. A model starts once every model it reads (directly, or through models the
 * plan leaves alone) has committed; independent models run at the same time, one per worker
 * connection ({@link ModelScheduler}). The first failure rolls that model back and stops the run:
 * no further model starts, those already running finish, and models committed stay. The next
 * run resumes from there.
 */
public final class RunExecutor {

    public RunResult execute(Session session, int workers, String runId, Plan plan, List<CompiledModel> models,
            Map<ModelName, ModelState> states, RunListener listener) {
        return execute(session, workers, runId, plan, models, states, DataChecks.WARN, listener);
    }

    /** Carries out {@code plan}; the frames' data checks warn or fail as {@code dataChecks} says. */
    public RunResult execute(Session session, int workers, String runId, Plan plan, List<CompiledModel> models,
            Map<ModelName, ModelState> states, DataChecks dataChecks, RunListener listener) {
        long start = System.nanoTime();
        Map<ModelName, CompiledModel> byName = new java.util.HashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<PlannedModel> work = plan.work();
        List<ModelRun> done = new ArrayList<>();
        Map<Action, Integer> actions = new EnumMap<>(Action.class);
        long[] rows = {0};
        Map<ModelName, DataCheckFinding> found = new ConcurrentHashMap<>();
        Map<ModelName, Long> written = new ConcurrentHashMap<>();
        List<DataCheckFinding> findings = new ArrayList<>();
        listener.runStarted(plan);
        try {
            createSchemas(session, work, byName);
            ModelScheduler scheduler = new ModelScheduler(session, workers);
            scheduler.run(work, ModelScheduler.dependencies(work, byName),
                    (worker, planned) -> apply(worker, runId, plan.highWaterMark(), planned, byName.get(planned.name()),
                            states.get(planned.name()), dataChecks, found, written),
                    (index, planned) -> listener.modelStarted(index, work.size(), planned),
                    (index, planned, modelRows, seconds) -> {
                        ModelRun run = new ModelRun(index, work.size(), planned.name(), planned.kind(), planned.action(),
                                modelRows, seconds, written.getOrDefault(planned.name(), modelRows));
                        done.add(run);
                        DataCheckFinding finding = found.get(planned.name());
                        if (finding != null) {
                            findings.add(finding);
                            listener.dataChecked(finding);
                        }
                        actions.merge(planned.action(), 1, Integer::sum);
                        rows[0] += Math.max(0, modelRows);
                        listener.modelFinished(run);
                    });
        } catch (LakehouseException e) {
            listener.runFinished(new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start), Optional.of(e),
                    findings));
            throw e;
        } catch (SQLException e) {
            LakehouseException failure = new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse database failed: " + e.getMessage(), e);
            listener.runFinished(new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start),
                    Optional.of(failure), findings));
            throw failure;
        }
        RunSummary summary = new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start), Optional.empty(),
                findings);
        listener.runFinished(summary);
        return new RunResult(plan, done, summary);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every schema the work writes to, created up front: concurrent CREATE SCHEMA would conflict. */
    private static void createSchemas(Session session, List<PlannedModel> work, Map<ModelName, CompiledModel> byName)
            throws SQLException {
        for (String schema : work.stream().filter(p -> byName.containsKey(p.name())).map(p -> p.name().schema())
                .distinct().sorted().toList()) {
            session.createSchema(schema);
        }
    }

    /** Applies one model's action in one transaction; returns its rows (-1 for views and drops). */
    private static long apply(Session session, String runId, Optional<LocalDateTime> highWaterMark, PlannedModel planned,
            CompiledModel model, ModelState state, DataChecks dataChecks, Map<ModelName, DataCheckFinding> found,
            Map<ModelName, Long> written) throws SQLException {
        String file = model == null ? "(removed)" : model.statement().file();
        String origin = model == null ? "(removed)" : model.definedAt();
        String step = planned.action().label();
        ModelChange change = session.begin();
        try {
            long rows = -1;
            switch (planned.action()) {
                case DROP -> {
                    change.drop(planned.name(), planned.materialization());
                    change.deleteState(planned.name());
                }
                case RECREATE_VIEW -> {
                    prepare(change, model, state);
                    change.replaceView(model);
                    change.writeState(state(model, highWaterMark, runId, rows));
                }
                case FULL_REBUILD -> {
                    step = "data check";
                    file = model.dataCheck().map(Statement::file).orElse(file);
                    DataChecker.check(change, model, null, highWaterMark.orElse(null), dataChecks)
                            .ifPresent(f -> found.put(model.name(), f));
                    step = planned.action().label();
                    file = model.statement().file();
                    prepare(change, model, state);
                    rows = change.replaceTable(model);
                    step = "audit";
                    file = GrainAuditor.file(model, false);
                    GrainAuditor.audit(change, model);
                    change.writeState(state(model, highWaterMark, runId, rows));
                }
                case INCREMENTAL -> {
                    IncrementalStatements sql = model.incremental().orElseThrow();
                    step = "data check";
                    file = model.dataCheck().map(Statement::file).orElse(file);
                    DataChecker.check(change, model, state.watermark().orElseThrow(), highWaterMark.orElseThrow(),
                            dataChecks).ifPresent(f -> found.put(model.name(), f));
                    step = "affected entities";
                    file = sql.affected().file();
                    long entities = change.collectAffected(sql, state.watermark().orElseThrow(),
                            highWaterMark.orElseThrow());
                    rows = state.rowCount();
                    written.put(model.name(), 0L);
                    if (entities > 0) {
                        step = planned.action().label();
                        file = sql.rows().file();
                        ModelChange.Applied applied = change.applyIncremental(model, sql, state.rowCount());
                        rows = applied.rows();
                        written.put(model.name(), applied.written());
                        step = "audit";
                        file = GrainAuditor.file(model, true);
                        GrainAuditor.auditAffected(change, model);
                    }
                    change.dropAffected(sql);
                    change.writeState(state(model, highWaterMark, runId, rows));
                }
                case NOTHING -> {
                    change.rollback(null);
                    return -1;
                }
            }
            change.commit();
            return rows;
        } catch (AuditFailedException | DataCheckFailedException e) {
            change.rollback(e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            change.rollback(e);
            if (e instanceof LakehouseException known) {
                throw known;
            }
            throw new ModelFailedException(planned.name(), file, origin, step, e);
        }
    }

    /** A relation of the other materialization (a view that becomes a table) dropped. */
    private static void prepare(ModelChange change, CompiledModel model, ModelState state) throws SQLException {
        if (state != null && (state.materialization() == Materialization.VIEW) != (model.materialization() == Materialization.VIEW)) {
            change.drop(model.name(), state.materialization());
        }
    }

    private static ModelState state(CompiledModel model, Optional<LocalDateTime> highWaterMark, String runId, long rows) {
        return new ModelState(model.name(), model.kind(), model.materialization(), model.fingerprint(),
                model.ownFingerprint(), highWaterMark, runId, rows);
    }
}
