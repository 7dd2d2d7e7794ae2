package io.hooklake.generator;

import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;

/**
 * Every model of a project, its landed tables, the references between its frames, and the
 * generator's diagnostics.
 *
 * @param models all models, in no particular order (the DAG orders them)
 * @param landedTables the raw tables as ingest lands them, sorted by relation
 * @param references the frame graph: which frame refers to which, through which hook
 * @param diagnostics what the builder reports: cycles not cascaded, diamonds resolved, ...
 */
public record ModelSet(List<Model> models, List<LandedTableSql> landedTables, List<FrameReference> references,
        List<Diagnostic> diagnostics) {

    public ModelSet {
        models = List.copyOf(models);
        landedTables = List.copyOf(landedTables);
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A set without landed tables, such as a test's. */
    public ModelSet(List<Model> models, List<FrameReference> references, List<Diagnostic> diagnostics) {
        this(models, List.of(), references, diagnostics);
    }
}
