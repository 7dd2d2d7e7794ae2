package io.hooklake.maven;

import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.Plan;
import io.hooklake.runtime.PlannedModel;
import io.hooklake.runtime.DataCheckFinding;
import io.hooklake.runtime.PrintingRunListener;
import io.hooklake.runtime.RunListener;
import io.hooklake.runtime.RunSummary;
import org.apache.maven.plugin.logging.Log;

/**
 * A run's progress in the Maven log: one line per model as it finishes, then the summary. A failure
 * is not logged here: the goal reports it with its diagnostics.
 */
final class MavenRunListener implements RunListener {

    private final Log log;
    private int nameWidth;

    MavenRunListener(Log log) {
        this.log = log;
    }

    @Override
    public void runStarted(Plan plan) {
        nameWidth = plan.work().stream().mapToInt(m -> m.name().qualified().length()).max().orElse(0);
        log.info("Running " + plan.work().size() + " of " + plan.models().size() + " models");
    }

    @Override
    public void modelStarted(int index, int total, PlannedModel model) {
        if (log.isDebugEnabled()) {
            log.debug("[" + index + "/" + total + "] " + model.name().qualified() + ": " + model.reason());
        }
    }

    @Override
    public void dataChecked(DataCheckFinding finding) {
        log.warn(finding.message());
    }

    @Override
    public void modelFinished(ModelRun run) {
        log.info(PrintingRunListener.line(run, nameWidth));
    }

    @Override
    public void runFinished(RunSummary summary) {
        String line = PrintingRunListener.summaryLine(summary).lines().findFirst().orElse("");
        if (summary.succeeded()) {
            log.info(line);
        } else {
            log.error(line);
        }
    }
}
