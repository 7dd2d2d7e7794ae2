package io.hooklake.generator.output;

import io.hooklake.generator.ModelName;

/**
 * Where generated files go, relative to the output directory, always with forward slashes.
 *
 * <p>The generator owns {@value #MODELS_DIR}/ and {@value #DOCS_DIR}/ entirely: any file there that a
 * run did not produce is stale and removed. It writes {@value #MANIFEST} beside them and touches
 * nothing else in the output directory.
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

    /** {@code models/<schema>/<name>.sql}. */
    public static String modelFile(ModelName model) {
        return MODELS_DIR + "/" + model.schema() + "/" + model.name() + ".sql";
    }

    /** Whether a relative path lies in a directory the generator owns. */
    public static boolean isOwned(String relativePath) {
        return relativePath.startsWith(MODELS_DIR + "/") || relativePath.startsWith(DOCS_DIR + "/");
    }
}
