package io.hooklake.generator.output;

import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dag.ModelGraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes each model's {@link Fingerprint}: SHA-256 over everything that decides its output.
 *
 * <p>That is: a format version, the dialect, the model's name, kind and materialization, its
 * upstream (models and external sources, by name), its columns (name and type; descriptions do
 * not change the data and are left out), its grain and its SQL text; the path and full text of
 * every template and macro file it used; and the name and fingerprint of each parent model,
 * sorted by name. Its origin in the YAML is left out, so moving a frame between files changes
 * nothing. Every field is length-prefixed, so no two definitions hash the same text.
 *
 * <p>Templates are read from the classpath under {@code <templateRoot>/<dialect>/}; a model may
 * name them with the dialect folder ({@code duckdb/frame.ftl}) or without ({@code frame.ftl}).
 */
public final class Fingerprinter {

    /** Where the SQL templates live on the classpath, one directory per dialect below it. */
    public static final String DEFAULT_TEMPLATE_ROOT = "io/hooklake/generator/templates";

    private static final String FORMAT = "hooklake-fingerprint-2";

    private final String dialect;
    private final TemplateTexts templates;

    /** Templates from {@code <templateRoot>/<dialect>/} on this class's class loader. */
    public Fingerprinter(String templateRoot, String dialect) {
        this(templateRoot, dialect, Fingerprinter.class.getClassLoader());
    }

    public Fingerprinter(String templateRoot, String dialect, ClassLoader classLoader) {
        this.dialect = dialect;
        this.templates = new TemplateTexts(templateRoot, dialect, classLoader);
    }

    /**
     * The fingerprint of every model of {@code graph}, in topological order.
     *
     * @throws OutputException when a template a model names is not on the classpath
     */
    public Map<ModelName, Fingerprint> fingerprints(ModelGraph graph) {
        Map<ModelName, Fingerprint> fingerprints = new LinkedHashMap<>();
        for (Model model : graph.topologicalOrder()) {
            Map<ModelName, Fingerprint> parents = new LinkedHashMap<>();
            graph.upstream(model.name()).forEach(p -> parents.put(p, fingerprints.get(p)));
            fingerprints.put(model.name(), fingerprint(model, parents));
        }
        return Collections.unmodifiableMap(fingerprints);
    }

    /**
     * Every model's own fingerprint: its fingerprint without its parents', which tells a model
     * changed directly from one changed through a parent.
     */
    public Map<ModelName, Fingerprint> ownFingerprints(ModelGraph graph) {
        Map<ModelName, Fingerprint> own = new LinkedHashMap<>();
        for (Model model : graph.topologicalOrder()) {
            own.put(model.name(), fingerprint(model, Map.of()));
        }
        return Collections.unmodifiableMap(own);
    }

    /** The fingerprint of one model whose parents have the given fingerprints (iterated sorted by name). */
    public Fingerprint fingerprint(Model model, Map<ModelName, Fingerprint> parents) {
        Digest digest = new Digest();
        digest.field("format", FORMAT);
        digest.field("dialect", dialect);
        digest.field("name", model.name().qualified());
        digest.field("kind", model.kind().name());
        digest.field("materialization", model.materialization().name());
        digest.count("upstream", model.upstream().size());
        model.upstream().stream().sorted().forEach(u -> digest.field("upstream", u.qualified()));
        digest.count("columns", model.columns().size());
        for (ModelColumn column : model.columns()) {
            digest.field("column", column.name());
            digest.field("type", column.type());
        }
        digest.count("grain", model.grain().size());
        model.grain().forEach(g -> digest.field("grain", g));
        digest.field("sql", model.sql());
        model.incremental().ifPresent(incremental -> {
            digest.field("entity", incremental.entityColumn());
            digest.field("affected relation", incremental.affectedRelation().qualified());
            digest.field("affected", incremental.affectedEntities());
            digest.field("rows", incremental.rowsForEntities());
            digest.field("kept", incremental.keptRows());
        });
        model.audit().ifPresent(audit -> {
            digest.field("audit", audit.whole());
            audit.ofAffected().ifPresent(sql -> digest.field("audit of affected", sql));
        });
        digest.count("templates", model.templates().size());
        model.templates().stream().sorted().forEach(t -> {
            digest.field("template", t);
            digest.field("text", templates.text(t));
        });
        digest.count("parents", parents.size());
        parents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> {
            digest.field("parent", p.getKey().qualified());
            digest.field("fingerprint", p.getValue().hex());
        });
        return new Fingerprint(digest.hex());
    }

    /** A SHA-256 over length-prefixed fields. */
    private static final class Digest {

        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        void field(String key, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha.update((key + " " + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            sha.update((byte) '\n');
        }

        void count(String key, int count) {
            field(key, Integer.toString(count));
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
