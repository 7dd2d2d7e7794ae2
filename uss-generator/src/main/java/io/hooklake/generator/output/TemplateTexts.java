package io.hooklake.generator.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of template and macro files, read once from the classpath under
 * {@code <root>/<dialect>/}: a model's template {@code lib/hook.ftl} of dialect {@code duckdb} is
 * {@code io/hooklake/generator/templates/duckdb/lib/hook.ftl}.
 */
final class TemplateTexts {

    private final String base;
    private final ClassLoader classLoader;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    TemplateTexts(String root, String dialect, ClassLoader classLoader) {
        String trimmed = Objects.requireNonNull(root, "root").replaceAll("^/+|/+$", "");
        this.base = (trimmed.isEmpty() ? "" : trimmed + "/") + Objects.requireNonNull(dialect, "dialect") + "/";
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The text of {@code template}, relative to the dialect's directory. */
    String text(String template) {
        return texts.computeIfAbsent(template, this::load);
    }

    private String load(String template) {
        String resource = base + template;
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
