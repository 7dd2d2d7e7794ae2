package io.hooklake.generator.output;

import io.hooklake.generator.ModelName;

/**
 * Where generated files go, relative to the output directory, always with forward slashes.
 *
 * <p>The generator owns {@value #MODELS_DIR}/, {@value #LANDING_DIR}/ and {@value #DOCS_DIR}/ entirely:
 * any file there that a run did not produce is stale and removed. It writes {@value #MANIFEST}
 * beside them and touches nothing else in the output directory.
 */
public final class OutputLayout {

    /** Where model files go: {@code models/<schema>/<name>.sql}. */
    public static final String MODELS_DIR = "models";
    /** Where the docs go. */
    public static final String DOCS_DIR = "docs";
    /** The manifest of the generation. */
    public static final String MANIFEST = "manifest.json";
    /** The lineage diagrams. */
    public static final String LINEAGE = DOCS_DIR + "/lineage.md";

    private OutputLayout() {
    }

    /** Where landed tables' statements go: {@code landing/<schema>/<name>.load-time.sql}. */
    public static final String LANDING_DIR = "landing";

    /** {@code models/<schema>/<name>.sql}. */
    public static String modelFile(ModelName model) {
        return statementFile(model, ModelStatement.SELECT);
    }

    /** {@code models/<schema>/<name><suffix>}, such as {@code models/dab/frame__x.affected.sql}. */
    public static String statementFile(ModelName model, ModelStatement statement) {
        return MODELS_DIR + "/" + model.schema() + "/" + model.name() + statement.suffix();
    }

    /** {@code landing/<schema>/<name>.load-time.sql}: a landed table's load-time conversion. */
    public static String loadTimeFile(ModelName landed) {
        return LANDING_DIR + "/" + landed.schema() + "/" + landed.name() + ".load-time.sql";
    }
}
