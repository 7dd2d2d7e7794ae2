package io.hooklake.runtime.run;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.PlannedModel;
import io.hooklake.runtime.engine.Session;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the models of a plan on a few worker sessions of one lakehouse, each model as
 * soon as every model it depends on has finished, in plan order among the ready ones. Listener
 * callbacks happen on the calling thread only. After the first failure no model starts; the
 * running ones finish; then the failure is thrown (later failures added as suppressed).
 */
final class ModelScheduler {

    /** One model's work on a worker session; returns its rows. */
    interface Task {
        long apply(Session worker, PlannedModel model) throws SQLException;
    }

    interface Started {
        void started(int index, PlannedModel model);
    }

    interface Finished {
        /** {@code index}: the order it finished in (1 first), so that lines printed as models finish are numbered in order. */
        void finished(int index, PlannedModel model, long rows, double seconds);
    }

    private final Session session;
    private final int workers;

    ModelScheduler(Session session, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.session = session;
        this.workers = workers;
    }

    /**
     * For each planned model, the planned models it must wait for: those it reads directly, or
     * through models the plan does not touch (a view the plan keeps still reads its parents).
     */
    static Map<ModelName, Set<ModelName>> dependencies(List<PlannedModel> work, Map<ModelName, CompiledModel> models) {
        Set<ModelName> planned = new HashSet<>();
        work.forEach(p -> planned.add(p.name()));
        Map<ModelName, Set<ModelName>> reachedThroughUntouched = new HashMap<>();
        Map<ModelName, Set<ModelName>> dependencies = new HashMap<>();
        for (PlannedModel p : work) {
            Set<ModelName> waits = new LinkedHashSet<>();
            CompiledModel generated = models.get(p.name());
            if (generated != null) {
                for (ModelName parent : generated.upstream()) {
                    waits.addAll(plannedBehind(parent, planned, models, reachedThroughUntouched));
                }
            }
            dependencies.put(p.name(), waits);
        }
        return dependencies;
    }

    /** The planned models {@code name} stands for: itself when planned, else the planned models behind it. */
    private static Set<ModelName> plannedBehind(ModelName name, Set<ModelName> planned, Map<ModelName, CompiledModel> models,
            Map<ModelName, Set<ModelName>> memo) {
        if (planned.contains(name)) {
            return Set.of(name);
        }
        Set<ModelName> known = memo.get(name);
        if (known != null) {
            return known;
        }
        Set<ModelName> behind = new LinkedHashSet<>();
        Deque<ModelName> todo = new ArrayDeque<>();
        Set<ModelName> seen = new HashSet<>();
        todo.push(name);
        while (!todo.isEmpty()) {
            ModelName current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (planned.contains(current)) {
                behind.add(current);
                continue;
            }
            CompiledModel generated = models.get(current);
            if (generated != null) {
                generated.upstream().forEach(todo::push);
            }
        }
        memo.put(name, behind);
        return behind;
    }

    void run(List<PlannedModel> work, Map<ModelName, Set<ModelName>> dependencies, Task task, Started started,
            Finished finished) throws SQLException {
        if (work.isEmpty()) {
            return;
        }
        Map<ModelName, Integer> order = new HashMap<>();
        for (int i = 0; i < work.size(); i++) {
            order.put(work.get(i).name(), i);
        }
        Map<ModelName, Integer> waiting = new HashMap<>();
        Map<ModelName, List<ModelName>> dependents = new HashMap<>();
        PriorityQueue<PlannedModel> ready = new PriorityQueue<>((a, b) -> order.get(a.name()) - order.get(b.name()));
        for (PlannedModel p : work) {
            Set<ModelName> waits = dependencies.getOrDefault(p.name(), Set.of());
            waiting.put(p.name(), waits.size());
            waits.forEach(w -> dependents.computeIfAbsent(w, k -> new ArrayList<>()).add(p.name()));
            if (waits.isEmpty()) {
                ready.add(p);
            }
        }
        int poolSize = Math.min(workers, work.size());
        Deque<Session> idle = new ArrayDeque<>();
        ExecutorService threads = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "hooklake-run-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < poolSize; i++) {
                idle.push(i == 0 ? session : session.worker());
            }
            ExecutorCompletionService<Outcome> completions = new ExecutorCompletionService<>(threads);
            int running = 0;
            int startedCount = 0;
            int finishedCount = 0;
            RuntimeException failure = null;
            while (true) {
                while (failure == null && !ready.isEmpty() && !idle.isEmpty()) {
                    PlannedModel next = ready.poll();
                    Session worker = idle.pop();
                    int index = ++startedCount;
                    started.started(index, next);
                    completions.submit(() -> {
                        long start = System.nanoTime();
                        try {
                            long rows = task.apply(worker, next);
                            return new Outcome(index, next, worker, rows, (System.nanoTime() - start) / 1e9, null);
                        } catch (SQLException | RuntimeException e) {
                            return new Outcome(index, next, worker, -1, 0, e);
                        }
                    });
                    running++;
                }
                if (running == 0) {
                    break;
                }
                Outcome outcome = take(completions);
                running--;
                idle.push(outcome.worker());
                if (outcome.error() != null) {
                    RuntimeException error = outcome.error() instanceof RuntimeException r ? r
                            : new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse database failed: "
                                    + outcome.error().getMessage(), outcome.error());
                    if (failure == null) {
                        failure = error;
                    } else {
                        failure.addSuppressed(error);
                    }
                    continue;
                }
                finished.finished(++finishedCount, outcome.model(), outcome.rows(), outcome.seconds());
                for (ModelName dependent : dependents.getOrDefault(outcome.model().name(), List.of())) {
                    if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                        ready.add(work.get(order.get(dependent)));
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            threads.shutdownNow();
            for (Session worker : idle) {
                if (worker != session) {
                    worker.close();
                }
            }
        }
    }

    private static Outcome take(ExecutorCompletionService<Outcome> completions) {
        try {
            Future<Outcome> done = completions.take();
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakehouseException(ErrorCode.RUN_INTERRUPTED, "the run was interrupted", e);
        } catch (ExecutionException e) {
            throw new LakehouseException(ErrorCode.DATABASE_FAILED, "a run worker failed: " + e.getCause(), e.getCause());
        }
    }

    private record Outcome(int index, PlannedModel model, Session worker, long rows, double seconds, Exception error) {
    }
}
