package io.hooklake.generator;

import io.hooklake.model.Project;

/** Renders every model of a validated project in one SQL dialect. */
public interface ModelSetBuilder {

    /** All models of the project, with what the builder found worth reporting (diamonds, cycles). */
    ModelSet build(Project project);

    /**
     * The dialect's name, such as {@code duckdb}: the folder of its templates under
     * {@code io/hooklake/generator/templates/}, which every model's fingerprint hashes, and the
     * dialect the manifest names.
     */
    String dialect();
}
