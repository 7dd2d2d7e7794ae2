package io.hooklake.runtime.duckdb.iceberg;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task in the thread that submits it. Given to an Iceberg commit to read and write its
 * manifests with: Iceberg otherwise hands the one or two manifests of a commit to its worker pool
 * and polls for them in steps of 10 ms. Measured on AdventureWorks (213 tables per run), the
 * commits of a run took 9.3-11.7 s with the pool and 2.6-3.1 s with this.
 */
final class CallerRunsExecutor extends AbstractExecutorService {

    static final CallerRunsExecutor INSTANCE = new CallerRunsExecutor();

    private CallerRunsExecutor() {
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    /** Shared by every commit: never shut down. */
    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }
}
