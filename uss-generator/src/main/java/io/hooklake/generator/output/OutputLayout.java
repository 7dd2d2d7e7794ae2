package io.hooklake.generator.output;

import io.hooklake.generator.ModelName;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

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
    /**
     * What the SQL check found for each statement that parsed ({@code SqlChecker#remembered()}), so
     * that the next generation of an unchanged project, in any process, parses nothing.
     */
    public static final String SQL_CHECKED = ".sql-checked";
    /** The lineage diagrams. */
    public static final String LINEAGE = DOCS_DIR + "/lineage.md";

    private OutputLayout() {
    }

    /** Where landed tables' statements go: {@code landing/<schema>/<name>.load-time.sql}. */
    public static final String LANDING_DIR = "landing";

    /** Bytes a file or folder name may have on common file systems. */
    public static final int NAME_BYTES = 255;

    /** Characters no file name may hold on some common file system, besides control characters. */
    private static final String NOT_IN_NAMES = "/\\:*?\"<>|";

    /**
     * {@code models/<schema>/<name>.sql}.
     *
     * @throws OutputException ({@code LH208}) when the schema or the name cannot be one file or
     *     folder name, see {@link #statementFile}
     */
    public static String modelFile(ModelName model) {
        return statementFile(model, ModelStatement.SELECT);
    }

    /**
     * {@code models/<schema>/<name><suffix>}, such as {@code models/dab/frame__x.affected.sql}.
     *
     * @throws OutputException ({@code LH208}) when the schema or the name cannot be one file or
     *     folder name (a {@code /}, {@code ..}, a control character, ...): the YAML's names are
     *     checked so that none can, hence a bug
     */
    public static String statementFile(ModelName model, ModelStatement statement) {
        return inFolderOfSchema(MODELS_DIR, model, statement.suffix());
    }

    /**
     * {@code landing/<schema>/<name>.load-time.sql}: a landed table's load-time conversion.
     *
     * @throws OutputException ({@code LH208}) as {@link #statementFile} does
     */
    public static String loadTimeFile(ModelName landed) {
        return inFolderOfSchema(LANDING_DIR, landed, ".load-time.sql");
    }

    private static String inFolderOfSchema(String dir, ModelName model, String suffix) {
        String path = dir + "/" + model.schema() + "/" + model.name() + suffix;
        problem(model.schema()).or(() -> problem(model.name() + suffix)).ifPresent(problem -> {
            throw new OutputException(OutputException.UNSAFE_PATH, "refusing to write model " + model.qualified()
                    + " to " + path + ": its name " + problem + ", so it is not one file in the folder of its schema"
                    + " (a bug: Hooklake checks the names of a project's YAML)");
        });
        return path;
    }

    /**
     * Checks that {@code path} is a plain relative path: names separated by single {@code /}, none
     * empty, {@code .} or {@code ..}, none holding a character some file system refuses, none
     * longer than {@value #NAME_BYTES} bytes.
     *
     * @throws OutputException ({@code LH208}) when it is not
     */
    public static void checkPlain(String path) {
        Optional<String> problem = path.isEmpty() ? Optional.of("is empty")
                : Arrays.stream(path.split("/", -1)).map(OutputLayout::problem).flatMap(Optional::stream).findFirst();
        problem.ifPresent(p -> {
            throw new OutputException(OutputException.UNSAFE_PATH, "refusing to write " + path
                    + ": it is not a plain relative path inside the output folder (a name of it " + p + ")");
        });
    }

    /** Why {@code name} cannot be one file or folder name, if it cannot. */
    private static Optional<String> problem(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.of("is '" + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (NOT_IN_NAMES.indexOf(c) >= 0) {
                return Optional.of("holds '" + c + "'");
            }
            if (Character.isISOControl(c)) {
                return Optional.of("holds a control character");
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
            return Optional.of("has more than " + NAME_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
