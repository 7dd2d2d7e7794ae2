package io.hooklake.generator.sql;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.hooklake.generator.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the templates of one dialect. Holds the one FreeMarker {@link Configuration}, built
 * once: templates from the classpath, records read as {@code view.name}, errors rethrown,
 * numbers as computers write them.
 *
 * <p>A template's name is looked up in the dialect's folder first, then in the shared folder
 * {@value #SHARED}: the shared templates hold the SQL of every model kind and import the
 * dialect's macro library as {@code lib/dialect.ftl}, which only the dialect's folder has.
 */
public final class TemplateRenderer {

    /** Where templates live on the classpath; a template's name is relative to it. */
    public static final String ROOT = "io/hooklake/generator/templates";

    /** The folder of the templates that every dialect shares, under {@link #ROOT}. */
    public static final String SHARED = "sql";

    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    private final Dialect dialect;
    private final Configuration configuration;
    /** What each template imports, transitively: read once, as FreeMarker caches the templates. */
    private final Map<String, List<String>> used = new ConcurrentHashMap<>();

    public TemplateRenderer(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        ClassLoader loader = TemplateRenderer.class.getClassLoader();
        config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                new ClassTemplateLoader(loader, ROOT + "/" + dialect.templateDirectory()),
                new ClassTemplateLoader(loader, ROOT + "/" + SHARED)}));
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setLocalizedLookup(false);
        this.configuration = config;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Renders {@code template} (such as {@code frame.ftl}) with one view record bound to
     * {@code variable}.
     */
    public Rendered render(String template, String variable, Object view) {
        return render(template, variable, view, Part.FULL);
    }

    /**
     * Renders one part of {@code template}: templates of incremental models test {@code part}
     * ({@code full}, {@code affected} or {@code rows}), so all three come from one text.
     */
    public Rendered render(String template, String variable, Object view, Part part) {
        StringWriter out = new StringWriter();
        try {
            Template loaded = configuration.getTemplate(template);
            loaded.process(Map.of(variable, view, "part", part.variable()), out);
        } catch (IOException | TemplateException e) {
            throw new RenderException("template " + qualified(template) + " failed: " + e.getMessage(), e);
        }
        return new Rendered(normalise(out.toString()), templatesUsed(template));
    }

    /** Which statement of a model a template renders. */
    public enum Part {
        /** The model's whole SELECT. */
        FULL("full"),
        /** The entities affected by the loads in a window (two JDBC parameters). */
        AFFECTED("affected"),
        /** The model's SELECT restricted to the entities in the affected relation. */
        ROWS("rows");

        private final String variable;

        Part(String variable) {
            this.variable = variable;
        }

        /** The value of the template variable {@code part}. */
        public String variable() {
            return variable;
        }
    }

    /** The text of a template file, such as {@code sql/lib/hook.ftl}: what a fingerprint hashes. */
    public static String source(String qualifiedName) {
        try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(ROOT + "/" + qualifiedName)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + qualifiedName + " under " + ROOT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template and all it imports, transitively, as qualified names, sorted. */
    List<String> templatesUsed(String template) {
        return used.computeIfAbsent(template, this::readTemplatesUsed);
    }

    private List<String> readTemplatesUsed(String template) {
        TreeSet<String> used = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(qualified(template));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!used.add(name)) {
                continue;
            }
            Matcher matcher = IMPORT.matcher(source(name));
            String folder = name.substring(name.indexOf('/') + 1, name.lastIndexOf('/') + 1);
            while (matcher.find()) {
                String target = matcher.group(1);
                todo.add(qualified(target.startsWith("/") ? target.substring(1) : folder + target));
            }
        }
        return List.copyOf(used);
    }

    /** Where a template (named relative to a templates folder) is found: the dialect's folder or the shared one. */
    private String qualified(String template) {
        String own = dialect.templateDirectory() + "/" + template;
        return TemplateRenderer.class.getClassLoader().getResource(ROOT + "/" + own) != null ? own : SHARED + "/" + template;
    }

    /** LF line ends, no trailing blanks, no blank lines, one final newline. */
    static String normalise(String text) {
        StringBuilder sql = new StringBuilder(text.length());
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > start) {
                sql.append(text, start, last).append('\n');
            }
            start = end + 1;
        }
        return sql.toString();
    }
}
