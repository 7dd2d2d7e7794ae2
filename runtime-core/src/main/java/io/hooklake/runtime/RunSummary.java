package io.hooklake.runtime;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param runId the run's id, kept in the state of every model it built
 * @param highWaterMark the load time it processed up to; empty when nothing was landed
 * @param actions how many models got each action that was carried out (failed model excluded)
 * @param rows the rows of the table models it built, summed
 * @param seconds its duration
 * @param failure the error that stopped it, when it failed
 * @param dataFindings what the frames' data checks found and let pass ({@code data_checks: warn})
 */
public record RunSummary(
        String runId,
        Optional<LocalDateTime> highWaterMark,
        Map<Action, Integer> actions,
        long rows,
        double seconds,
        Optional<LakehouseException> failure,
        List<DataCheckFinding> dataFindings) {

    public RunSummary {
        actions = Map.copyOf(actions);
        dataFindings = List.copyOf(dataFindings);
    }

    /** A summary without data findings. */
    public RunSummary(String runId, Optional<LocalDateTime> highWaterMark, Map<Action, Integer> actions, long rows,
            double seconds, Optional<LakehouseException> failure) {
        this(runId, highWaterMark, actions, rows, seconds, failure, List.of());
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** How many models it did something to. */
    public int models() {
        return actions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
