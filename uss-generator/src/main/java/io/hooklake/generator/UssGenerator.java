package io.hooklake.generator;

import io.hooklake.generator.check.ExpressionChecker;
import io.hooklake.generator.check.SqlChecker;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.docs.LineageRenderer;
import io.hooklake.generator.output.Fingerprinter;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.generator.output.Locations;
import io.hooklake.generator.output.ManifestRenderer;
import io.hooklake.generator.output.ModelFileRenderer;
import io.hooklake.generator.output.ModelStatement;
import io.hooklake.generator.output.OutputWriter;
import io.hooklake.generator.output.WriteResult;
import io.hooklake.generator.sql.UssModelSetBuilder;
import io.hooklake.model.Frame;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.model.load.LoadResult;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generates the SQL of a HOOK / Unified Star Schema lakehouse: the one class a library caller (and
 * the Maven plugin) uses.
 *
 * <pre>{@code
 * GenerationResult result = UssGenerator.builder()
 *         .modelSetBuilder(builder)     // optional once a default exists
 *         .build()
 *         .generate(Path.of("src/main/lakehouse"), Path.of("target/lakehouse"));
 * result.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>{@link #generate(Project, Path)} does the same for a project already loaded.
 *
 * <p>A generation checks every expression the YAML writes ({@link ExpressionChecker}: a column
 * expression of its frame's table, nothing else), builds every model, orders them in a DAG,
 * parses every statement and checks it reads exactly its upstream, fingerprints each model, and only then writes: model files, the
 * manifest and the lineage docs (see {@link OutputWriter} for which files are replaced or
 * removed). Any failure before writing leaves the output directory untouched:
 * <ul>
 *   <li>a project with errors: {@link InvalidProjectException} carrying every diagnostic;</li>
 *   <li>a generator bug (models not forming a DAG, SQL that does not parse or reads other relations
 *       than declared): an {@code LH2xx} {@link io.hooklake.model.HooklakeException}.</li>
 * </ul>
 * Warnings do not stop the generation; they are in the result and the manifest.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class UssGenerator {

    /**
     * The relations that models may read without a model producing them, unless told otherwise:
     * the landing relations that raw models read, {@code <das>.landed__<source>__<table>}.
     */
    public static final ExternalSourcePolicy DEFAULT_EXTERNAL_SOURCES = ExternalSourcePolicy.namePrefix("landed__");

    private final ModelSetBuilder modelSetBuilder;
    private final ExternalSourcePolicy externalSources;
    private final Fingerprinter fingerprinter;
    private final LineageRenderer lineage;
    private final ExpressionChecker expressions = new ExpressionChecker();
    private final SqlChecker checker = new SqlChecker();
    private final ModelFileRenderer modelFiles = new ModelFileRenderer();
    private final OutputWriter writer = new OutputWriter();

    private UssGenerator(Builder builder) {
        this.modelSetBuilder = builder.modelSetBuilder != null ? builder.modelSetBuilder
                : new UssModelSetBuilder(builder.dialect);
        this.externalSources = builder.externalSources;
        this.fingerprinter = new Fingerprinter(Fingerprinter.DEFAULT_TEMPLATE_ROOT, modelSetBuilder.dialect());
        this.lineage = new LineageRenderer();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The {@link ModelSetBuilder} used when none is given: the SQL rendering for DuckDB. */
    public static ModelSetBuilder defaultModelSetBuilder() {
        return new UssModelSetBuilder(Dialect.duckdb());
    }

    /** The dialect of the statements it generates, such as {@code duckdb}. */
    public String dialect() {
        return modelSetBuilder.dialect();
    }

    /**
     * Loads the project in {@code projectDir} (every {@code *.yml} below it, see
     * {@link ProjectLoader}) and generates its lakehouse into {@code outputDir}.
     *
     * @throws InvalidProjectException when the project has errors, or an expression that is not a
     *     column expression of its frame's table (LH207), carrying every diagnostic (errors and
     *     warnings); nothing is written
     * @throws io.hooklake.model.HooklakeException ({@code LH2xx}) when the generated models are wrong
     *     or the output cannot be written
     */
    public GenerationResult generate(Path projectDir, Path outputDir) {
        Objects.requireNonNull(projectDir, "projectDir");
        LoadResult loaded = ProjectLoader.check(projectDir);
        Project project = loaded.project().orElseThrow(() -> new InvalidProjectException(loaded.diagnostics()));
        return generate(project, outputDir, loaded.diagnostics(), location -> Locations.relative(location, projectDir));
    }

    /**
     * Generates the lakehouse of a validated project into {@code outputDir}.
     *
     * @throws InvalidProjectException when an expression is not a column expression of its frame's
     *     table (LH207) or the model builder reports errors; nothing is written
     * @throws io.hooklake.model.HooklakeException ({@code LH2xx}) when the generated models are wrong
     *     or the output cannot be written
     */
    public GenerationResult generate(Project project, Path outputDir) {
        return generate(project, outputDir, List.of(), location -> Locations.relative(location, null));
    }

    private GenerationResult generate(Project project, Path outputDir, List<Diagnostic> loadDiagnostics,
            Function<Location, String> locations) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(outputDir, "outputDir");
        List<Diagnostic> refused = expressions.check(project);
        if (!refused.isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
            diagnostics.addAll(refused);
            diagnostics.sort(Diagnostic.ORDER);
            throw new InvalidProjectException(diagnostics);
        }
        ModelSet set = modelSetBuilder.build(project);
        List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
        diagnostics.addAll(set.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new InvalidProjectException(diagnostics);
        }
        ModelGraph graph = ModelGraph.of(set.models(), externalSources);
        checker.check(graph.topologicalOrder());
        Map<ModelName, Fingerprint> fingerprints = fingerprinter.fingerprints(graph);

        List<GeneratedFile> files = new ArrayList<>(graph.size() * 4 + set.landedTables().size() + 2);
        List<GenerationResult.GeneratedModel> models = new ArrayList<>(graph.size());
        for (Model model : graph.topologicalOrder()) {
            Fingerprint fingerprint = fingerprints.get(model.name());
            Map<ModelStatement, GeneratedFile> statements = modelFiles.files(model, fingerprint);
            files.addAll(statements.values());
            models.add(new GenerationResult.GeneratedModel(model, fingerprint, statements.get(ModelStatement.SELECT).path()));
        }
        set.landedTables().forEach(landed -> files.add(modelFiles.loadTime(landed)));
        Map<String, GeneratedFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        files.add(new ManifestRenderer(locations).render(new ManifestRenderer.Contents(project.name().value(), modelSetBuilder.dialect(),
                graph.topologicalOrder(), fingerprints, fingerprinter.ownFingerprints(graph), set.landedTables(),
                List.copyOf(graph.externalSources()), byPath, diagnostics,
                project.settings().dataChecks().name().toLowerCase(java.util.Locale.ROOT))));
        files.add(lineage.render(project.name().value(), project.frames().stream().map(Frame::name).toList(),
                set.references(), graph));
        WriteResult written = writer.write(outputDir, files);
        return new GenerationResult(models, List.copyOf(graph.externalSources()),
                written.written(), written.unchanged(), written.deleted(), diagnostics);
    }

    /** Configures a {@link UssGenerator}; every setting has a default. */
    public static final class Builder {

        private ModelSetBuilder modelSetBuilder;
        private Dialect dialect = Dialect.duckdb();
        private ExternalSourcePolicy externalSources = DEFAULT_EXTERNAL_SOURCES;

        private Builder() {
        }

        /** Renders the models; defaults to the templates of {@link #dialect(Dialect)}. */
        public Builder modelSetBuilder(ModelSetBuilder builder) {
            this.modelSetBuilder = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /** The SQL dialect the default model set builder renders; default {@link Dialect#duckdb()}. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** Which relations models may read without a model producing them; default {@link #DEFAULT_EXTERNAL_SOURCES}. */
        public Builder externalSources(ExternalSourcePolicy policy) {
            this.externalSources = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public UssGenerator build() {
            return new UssGenerator(this);
        }
    }
}
