package io.hooklake.generator;

import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;

/**
 * What a generation produced.
 *
 * @param models every model, upstream before downstream (ties by qualified name), with its
 *     fingerprint and file
 * @param externalSources the relations models read that no model produces, sorted
 * @param written files created or replaced because their content changed, sorted, relative to the
 *     output directory
 * @param unchanged files that already held exactly the generated content, sorted
 * @param deleted stale generated files removed, sorted
 * @param diagnostics the project's warnings and what the model builder reported, in print order
 */
public record GenerationResult(
        List<GeneratedModel> models,
        List<ModelName> externalSources,
        List<String> written,
        List<String> unchanged,
        List<String> deleted,
        List<Diagnostic> diagnostics) {

    public GenerationResult {
        models = List.copyOf(models);
        externalSources = List.copyOf(externalSources);
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        diagnostics = List.copyOf(diagnostics);
    }

    /** One line for a log: {@code 342 models, 68 external sources: 3 files written, 341 unchanged, 1 deleted, 51 warnings}. */
    public String summary() {
        long warnings = diagnostics.stream().filter(d -> !d.isError()).count();
        return models.size() + " models, " + externalSources.size() + " external sources: " + written.size()
                + " files written, " + unchanged.size() + " unchanged, " + deleted.size() + " deleted, " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }

    /** Whether the run changed any file. */
    public boolean changedAnything() {
        return !written.isEmpty() || !deleted.isEmpty();
    }

    /**
     * One generated model.
     *
     * @param model the model
     * @param fingerprint its fingerprint
     * @param file its file, relative to the output directory
     */
    public record GeneratedModel(Model model, Fingerprint fingerprint, String file) {
    }
}
