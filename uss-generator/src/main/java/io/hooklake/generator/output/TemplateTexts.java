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
 * templates as paths under the templates root, dialect folder first ({@code duckdb/lib/hook.ftl},
 * as the SQL rendering gives them), or as paths inside the dialect's folder
 * ({@code lib/hook.ftl}); both are {@code io/hooklake/generator/templates/duckdb/lib/hook.ftl}.
 */
final class TemplateTexts {

    private final String root;
    private final String dialectDir;
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
        String resource = root + (template.startsWith(dialectDir) ? template : dialectDir + template);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new OutputException(OutputException.MISSING_TEMPLATE,
                        "template " + template + " is not on the classpath (looked for " + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource, e);
        }
    }
}
