package io.hooklake.runtime;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.generator.contract.Statement;
import io.hooklake.model.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries out a plan, each model in one transaction: the model's statements, its audit and its
 * state, then COMMIT. A model starts once every model it reads (directly, or through models the
 * plan leaves alone) has committed; independent models run at the same time, one per worker
 * connection ({@link ModelScheduler}). The first failure rolls that model back and stops the run:
 * no further model starts, those already running finish, and models committed stay. The next
 * run resumes from there.
 */
final class RunExecutor {

    private final TableStore store;
    private final GrainAuditor auditor;
    private final AffectedEntities affectedEntities;

    RunExecutor(TableStore store, GrainAuditor auditor, SqlNames names) {
        this.store = store;
        this.auditor = auditor;
        this.affectedEntities = new AffectedEntities(names);
    }

    RunResult execute(Connection connection, int workers, String runId, Plan plan, List<CompiledModel> models,
            Map<ModelName, ModelState> states, RunListener listener) {
        long start = System.nanoTime();
        Map<ModelName, CompiledModel> byName = new java.util.HashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<PlannedModel> work = plan.work();
        List<ModelRun> done = new ArrayList<>();
        Map<Action, Integer> actions = new EnumMap<>(Action.class);
        long[] rows = {0};
        listener.runStarted(plan);
        try {
            createSchemas(connection, work, byName);
            ModelScheduler scheduler = new ModelScheduler(connection, workers);
            scheduler.run(work, ModelScheduler.dependencies(work, byName),
                    (worker, planned) -> apply(worker, runId, plan.highWaterMark(), planned, byName.get(planned.name()),
                            states.get(planned.name())),
                    (index, planned) -> listener.modelStarted(index, work.size(), planned),
                    (index, planned, modelRows, seconds) -> {
                        ModelRun run = new ModelRun(index, work.size(), planned.name(), planned.kind(), planned.action(),
                                modelRows, seconds);
                        done.add(run);
                        actions.merge(planned.action(), 1, Integer::sum);
                        rows[0] += Math.max(0, modelRows);
                        listener.modelFinished(run);
                    });
        } catch (LakehouseException e) {
            listener.runFinished(new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start), Optional.of(e)));
            throw e;
        } catch (SQLException e) {
            LakehouseException failure = new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse database failed: " + e.getMessage(), e);
            listener.runFinished(new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start),
                    Optional.of(failure)));
            throw failure;
        }
        RunSummary summary = new RunSummary(runId, plan.highWaterMark(), actions, rows[0], seconds(start), Optional.empty());
        listener.runFinished(summary);
        return new RunResult(plan, done, summary);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every schema the work writes to, created up front: concurrent CREATE SCHEMA would conflict. */
    private void createSchemas(Connection connection, List<PlannedModel> work, Map<ModelName, CompiledModel> byName)
            throws SQLException {
        connection.setAutoCommit(true);
        for (String schema : work.stream().filter(p -> byName.containsKey(p.name())).map(p -> p.name().schema())
                .distinct().sorted().toList()) {
            store.ensureSchema(connection, new ModelName(schema, "any"));
        }
    }

    /** Applies one model's action in one transaction; returns its rows (-1 for views and drops). */
    private long apply(Connection connection, String runId, Optional<LocalDateTime> highWaterMark, PlannedModel planned,
            CompiledModel model, ModelState state) throws SQLException {
        String file = model == null ? "(removed)" : model.statement().file();
        String origin = model == null ? "(removed)" : model.definedAt();
        String step = planned.action().label();
        connection.setAutoCommit(false);
        try {
            long rows = -1;
            switch (planned.action()) {
                case DROP -> {
                    store.drop(connection, planned.name(), planned.materialization());
                    StateStore.delete(connection, planned.name());
                }
                case RECREATE_VIEW -> {
                    prepare(connection, model, state);
                    store.replaceView(connection, model);
                    StateStore.write(connection, state(model, highWaterMark, runId, rows));
                }
                case FULL_REBUILD -> {
                    prepare(connection, model, state);
                    rows = store.replaceTable(connection, model);
                    step = "audit";
                    file = auditFile(model, false);
                    auditor.audit(connection, model);
                    StateStore.write(connection, state(model, highWaterMark, runId, rows));
                }
                case INCREMENTAL -> {
                    IncrementalStatements sql = model.incremental().orElseThrow();
                    step = "affected entities";
                    file = sql.affected().file();
                    long entities = affectedEntities.collect(connection, sql, state.watermark().orElseThrow(),
                            highWaterMark.orElseThrow());
                    rows = state.rowCount();
                    if (entities > 0) {
                        step = planned.action().label();
                        file = sql.rows().file();
                        rows = store.applyIncremental(connection, model, sql, state.rowCount());
                        step = "audit";
                        file = auditFile(model, true);
                        auditor.auditAffected(connection, model);
                    }
                    affectedEntities.drop(connection, sql);
                    StateStore.write(connection, state(model, highWaterMark, runId, rows));
                }
                case NOTHING -> {
                    return -1;
                }
            }
            store.beforeCommit(connection);
            connection.commit();
            store.afterCommit(connection);
            return rows;
        } catch (AuditFailedException e) {
            rollback(connection, e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            if (e instanceof LakehouseException known) {
                throw known;
            }
            throw new ModelFailedException(planned.name(), file, origin, step, e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The generated file of the model's grain audit, for a failure's message. */
    private static String auditFile(CompiledModel model, boolean affected) {
        return model.audit().map(a -> affected ? a.ofAffected().orElse(a.whole()) : a.whole())
                .map(Statement::file).orElse(model.statement().file());
    }

    /** A relation of the other materialization (a view that becomes a table) dropped. */
    private void prepare(Connection connection, CompiledModel model, ModelState state) throws SQLException {
        if (state != null && (state.materialization() == Materialization.VIEW) != (model.materialization() == Materialization.VIEW)) {
            store.drop(connection, model.name(), state.materialization());
        }
    }

    private static ModelState state(CompiledModel model, Optional<LocalDateTime> highWaterMark, String runId, long rows) {
        return new ModelState(model.name(), model.kind(), model.materialization(), model.fingerprint(),
                model.ownFingerprint(), highWaterMark, runId, rows);
    }

    private void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        store.afterRollback(connection);
    }
}
