package io.hooklake.runtime;

import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
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
    private final Planner planner;
    private final SqlNames names;

    RunExecutor(TableStore store, GrainAuditor auditor, Planner planner, SqlNames names) {
        this.store = store;
        this.auditor = auditor;
        this.affectedEntities = new AffectedEntities(names);
        this.planner = planner;
        this.names = names;
    }

    RunResult execute(Connection connection, int workers, String runId, Plan plan, List<GeneratedModel> models,
            Map<ModelName, ModelState> states, RunListener listener) {
        long start = System.nanoTime();
        Map<ModelName, GeneratedModel> byName = new java.util.HashMap<>();
        models.forEach(m -> byName.put(m.model().name(), m));
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
    private void createSchemas(Connection connection, List<PlannedModel> work, Map<ModelName, GeneratedModel> byName)
            throws SQLException {
        connection.setAutoCommit(true);
        for (String schema : work.stream().filter(p -> byName.containsKey(p.name())).map(p -> p.name().schema())
                .distinct().sorted().toList()) {
            store.ensureSchema(connection, new ModelName(schema, "any"));
        }
    }

    /** Applies one model's action in one transaction; returns its rows (-1 for views and drops). */
    private long apply(Connection connection, String runId, Optional<LocalDateTime> highWaterMark, PlannedModel planned,
            GeneratedModel generated, ModelState state) throws SQLException {
        String file = generated == null ? "(removed)" : generated.file();
        String origin = generated == null ? "(removed)"
                : generated.model().origin().map(Location::toString).orElse("generated for the whole project");
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
                    Model model = generated.model();
                    prepare(connection, model, state);
                    store.replaceView(connection, model);
                    StateStore.write(connection, state(model, generated, highWaterMark, runId, rows));
                }
                case FULL_REBUILD -> {
                    Model model = generated.model();
                    prepare(connection, model, state);
                    rows = store.replaceTable(connection, model);
                    step = "audit";
                    auditor.audit(connection, model, file);
                    StateStore.write(connection, state(model, generated, highWaterMark, runId, rows));
                }
                case INCREMENTAL -> {
                    Model model = generated.model();
                    IncrementalSql sql = model.incremental().orElseThrow();
                    ModelName affected = names.affected(model.name());
                    step = "affected entities";
                    long entities = affectedEntities.collect(connection, sql, affected, state.watermark().orElseThrow(),
                            highWaterMark.orElseThrow());
                    rows = state.rowCount();
                    if (entities > 0) {
                        step = planned.action().label();
                        rows = store.applyIncremental(connection, model, sql, affected, state.rowCount());
                        step = "audit";
                        auditor.auditEntities(connection, model, file, sql.entityColumn(), affected);
                    }
                    affectedEntities.drop(connection, affected);
                    StateStore.write(connection, state(model, generated, highWaterMark, runId, rows));
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

    /** A relation of the other materialization (a view that becomes a table) dropped. */
    private void prepare(Connection connection, Model model, ModelState state) throws SQLException {
        if (state != null && (state.materialization() == Materialization.VIEW) != (model.materialization() == Materialization.VIEW)) {
            store.drop(connection, model.name(), state.materialization());
        }
    }

    private ModelState state(Model model, GeneratedModel generated, Optional<LocalDateTime> highWaterMark, String runId,
            long rows) {
        return new ModelState(model.name(), model.kind(), model.materialization(), generated.fingerprint(),
                planner.ownFingerprint(model), highWaterMark, runId, rows);
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
