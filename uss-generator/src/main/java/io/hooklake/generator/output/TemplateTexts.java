package io.hooklake.generator.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of template and macro files, read once from the classpath. A model names its
 * templates as paths under the templates root, folder first, as the SQL rendering gives them:
 * the dialect's folder ({@code duckdb/lib/dialect.ftl}) or the shared one
 * ({@code sql/lib/hook.ftl}). A path inside a folder ({@code lib/hook.ftl}) is looked up in the
 * dialect's folder, then in the shared one, as the renderer looks templates up.
 */
final class TemplateTexts {

    private final String root;
    private final String dialectDir;
    private static final String SHARED_DIR = "sql/";
    private final ClassLoader classLoader;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    TemplateTexts(String root, String dialect, ClassLoader classLoader) {
        String trimmed = Objects.requireNonNull(root, "root").replaceAll("^/+|/+$", "");
        this.root = trimmed.isEmpty() ? "" : trimmed + "/";
        this.dialectDir = Objects.requireNonNull(dialect, "dialect") + "/";
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The text of {@code template}, relative to the dialect's directory. */
    String text(String template) {
        return texts.computeIfAbsent(template, this::load);
    }

    private String load(String template) {
        boolean inFolder = template.startsWith(dialectDir) || template.startsWith(SHARED_DIR);
        String resource = root + (inFolder ? template
                : classLoader.getResource(root + dialectDir + template) != null ? dialectDir + template : SHARED_DIR + template);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new OutputException(OutputException.MISSING_TEMPLATE, "template " + template
                        + " is not on the classpath (looked for " + (inFolder ? "" : root + dialectDir + template + " and ")
                        + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource, e);
        }
    }
}
