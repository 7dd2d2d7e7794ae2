package io.hooklake.model.load;

import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProjectLoader#check} found: the project when it has no error, and every diagnostic
 * (errors and warnings) in print order ({@link Diagnostic#ORDER}).
 *
 * @param project the validated project, absent when there is any error
 * @param diagnostics every error and warning, sorted
 */
public record LoadResult(Optional<Project> project, List<Diagnostic> diagnostics) {

    public LoadResult {
        Objects.requireNonNull(project, "project");
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
