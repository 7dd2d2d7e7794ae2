package io.hooklake.runtime;

import java.util.List;

/**
 * What a successful run did.
 *
 * @param plan the plan it carried out
 * @param models every model it did something to, in order
 * @param summary totals
 */
public record RunResult(Plan plan, List<ModelRun> models, RunSummary summary) {

    public RunResult {
        models = List.copyOf(models);
    }
}
