package io.hooklake.maven;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.check.SqlCheckException;
import io.hooklake.generator.check.SqlProblem;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.ModelFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * How an exception from the library reaches a Maven user; the one place that decides.
 *
 * <ul>
 *   <li>A user's mistake is BUILD FAILURE ({@link MojoFailureException}): its diagnostics are
 *       logged one per line, {@code file:line:column: error LHnnn: ...}, with no stack trace.
 *       These are an invalid project ({@link InvalidProjectException}), a generated statement
 *       that does not parse or reads the wrong relations ({@link SqlCheckException}: an
 *       expression the user wrote), and every {@link HooklakeException} whose
 *       {@link ErrorCode#isUserMistake() code is the user's to fix}.</li>
 *   <li>Anything else is our own bug or a broken environment: BUILD ERROR
 *       ({@link MojoExecutionException}) carrying the cause.</li>
 * </ul>
 *
 * @param userMistake whether the user can fix it (BUILD FAILURE) rather than us (BUILD ERROR)
 * @param errors the lines logged at error level, in order
 * @param warnings the lines logged at warning level (an invalid project's warnings)
 * @param message the exception's message, shown by Maven at the end of the build
 * @param cause what was thrown; kept by a BUILD ERROR only
 */
record FailureReport(boolean userMistake, List<String> errors, List<String> warnings, String message, Throwable cause) {

    private static final Pattern LOCATION = Pattern.compile(".+:\\d+:\\d+");

    FailureReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /**
     * The report of {@code failure}.
     *
     * @param origins where a model is defined in the YAML ({@code file:line:column}), when known, to
     *     locate runtime failures of a model that carry no location themselves
     */
    static FailureReport of(Throwable failure, Function<ModelName, Optional<String>> origins) {
        if (failure instanceof InvalidProjectException invalid) {
            List<Diagnostic> errors = invalid.errors();
            List<String> warnings = invalid.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::toString)
                    .toList();
            return new FailureReport(true, errors.stream().map(Diagnostic::toString).toList(), warnings,
                    "The lakehouse project has " + count(errors.size(), "error") + " (listed above)", failure);
        }
        if (failure instanceof SqlCheckException check) {
            List<String> lines = check.problems().stream().map(SqlProblem::toString).toList();
            return new FailureReport(true, lines, List.of(), count(lines.size(), "generated statement")
                    + (lines.size() == 1 ? " is" : " are")
                    + " wrong (listed above); check the SQL expressions of the YAML elements named", failure);
        }
        if (failure instanceof HooklakeException known && known.code().isUserMistake()) {
            List<String> lines = new ArrayList<>(failure.getMessage().lines().toList());
            located(failure, origins).ifPresent(origin -> lines.set(0, origin + ": error " + lines.get(0)));
            return new FailureReport(true, lines, List.of(), firstLine(failure), failure);
        }
        String what = failure instanceof HooklakeException ? failure.getMessage()
                : failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new FailureReport(false, List.of(), List.of(), "Hooklake failed, a bug or a broken environment"
                + " (run Maven with -e for the stack trace): " + what, failure);
    }

    /** Where a runtime failure of one model comes from in the YAML, when known. */
    private static Optional<String> located(Throwable failure, Function<ModelName, Optional<String>> origins) {
        Optional<String> origin = Optional.empty();
        if (failure instanceof ModelFailedException model) {
            origin = Optional.of(model.origin());
        } else if (failure instanceof AuditFailedException audit) {
            origin = origins.apply(audit.model());
        }
        return origin.filter(o -> LOCATION.matcher(o).matches());
    }

    /** Logs the lines; returns the exception the goal throws. */
    AbstractMojoExecutionException log(Log log) {
        warnings.forEach(log::warn);
        errors.forEach(log::error);
        if (userMistake) {
            // No cause: Maven would append its message, repeating the lines just logged.
            return new MojoFailureException(message);
        }
        return new MojoExecutionException(message, cause);
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
