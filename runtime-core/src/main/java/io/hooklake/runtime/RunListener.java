package io.hooklake.runtime;

/**
 * Hears a run's progress; every method has an empty default. Called on the thread that runs.
 * The Maven plugin logs through one; {@link PrintingRunListener} prints.
 */
public interface RunListener {

    /** No listening. */
    RunListener NONE = new RunListener() {
    };

    /** The run holds the lock and has made its plan. */
    default void runStarted(Plan plan) {
    }

    /** A model's transaction begins. */
    default void modelStarted(int index, int total, PlannedModel model) {
    }

    /**
     * A frame's data checks found keys with different rows in one load, or NULL keys, and the
     * project lets that pass ({@code data_checks: warn}); called before the frame's {@link #modelFinished}.
     */
    default void dataChecked(DataCheckFinding finding) {
    }

    /** A model's transaction committed. */
    default void modelFinished(ModelRun run) {
    }

    /** The run ended, successfully or not (then the summary holds the failure, which is thrown after). */
    default void runFinished(RunSummary summary) {
    }
}
