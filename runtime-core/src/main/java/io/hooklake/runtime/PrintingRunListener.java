package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints one line per model as it finishes and a summary:
 * <pre>
 * [ 12/342] dab.frame__x  FRAME  incremental  1,234 rows    12 changed  0.12 s
 * </pre>
 */
public final class PrintingRunListener implements RunListener {

    private final Consumer<String> out;
    private int nameWidth;

    /** Prints to {@code out}, a line at a time. */
    public PrintingRunListener(Consumer<String> out) {
        this.out = out;
    }

    public PrintingRunListener(PrintStream stream) {
        this(stream::println);
    }

    @Override
    public void runStarted(Plan plan) {
        nameWidth = plan.work().stream().mapToInt(m -> m.name().qualified().length()).max().orElse(0);
    }

    @Override
    public void dataChecked(DataCheckFinding finding) {
        out.accept("warning " + ErrorCode.DATA_CHECK_FAILED.code() + ": " + finding.message());
    }

    @Override
    public void modelFinished(ModelRun run) {
        out.accept(line(run, nameWidth));
    }

    /** The line printed for one model. */
    public static String line(ModelRun run, int nameWidth) {
        int digits = Integer.toString(run.total()).length();
        String rows = run.rows() < 0 ? "" : String.format(Locale.ROOT, "%,d rows", run.rows());
        String changed = run.changed() < 0 ? "" : String.format(Locale.ROOT, "%,d changed", run.changed());
        return String.format(Locale.ROOT, "[%" + digits + "d/%d] %-" + Math.max(1, nameWidth) + "s  %-14s  %-13s  %14s  %17s  %.2f s",
                run.index(), run.total(), run.name().qualified(), run.kind().name(), run.action().label(), rows,
                changed, run.seconds());
    }

    @Override
    public void runFinished(RunSummary summary) {
        out.accept(summaryLine(summary));
    }

    /** The summary line printed at the end of a run. */
    public static String summaryLine(RunSummary summary) {
        StringBuilder line = new StringBuilder(summary.succeeded() ? "run " : "run FAILED ").append(summary.runId())
                .append(": ");
        if (summary.models() == 0 && summary.succeeded()) {
            line.append("nothing to do");
        } else {
            StringBuilder actions = new StringBuilder();
            for (Action action : Action.values()) {
                Integer n = summary.actions().get(action);
                if (n != null && n > 0) {
                    actions.append(actions.length() == 0 ? "" : ", ").append(n).append(' ').append(action.label());
                }
            }
            line.append(summary.models()).append(summary.models() == 1 ? " model" : " models");
            if (actions.length() > 0) {
                line.append(" (").append(actions).append(')');
            }
            line.append(String.format(Locale.ROOT, ", %,d rows", summary.rows()));
        }
        line.append(String.format(Locale.ROOT, " in %.2f s", summary.seconds()));
        summary.highWaterMark().ifPresent(w -> line.append(", loads up to ").append(w));
        if (!summary.dataFindings().isEmpty()) {
            int n = summary.dataFindings().size();
            line.append("; data checks found duplicate or NULL keys in ").append(n).append(n == 1 ? " table" : " tables")
                    .append(" (warnings above)");
        }
        summary.failure().ifPresent(f -> line.append("\n").append(f.getMessage()));
        return line.toString();
    }
}
