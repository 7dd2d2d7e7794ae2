package io.hooklake.generator;

import io.hooklake.generator.check.SqlChecker;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.docs.LineageRenderer;
import io.hooklake.generator.output.Fingerprint;
import io.hooklake.generator.output.Fingerprinter;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.generator.output.Locations;
import io.hooklake.generator.output.ManifestRenderer;
import io.hooklake.generator.output.ModelFileRenderer;
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
 * <p>A generation builds every model, orders them in a DAG, parses every statement and checks it
 * reads exactly its upstream, fingerprints each model, and only then writes: model files, the
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

    /** The dialect whose templates render the models unless told otherwise. */
    public static final String DEFAULT_DIALECT = "duckdb";

    /**
     * The relations that models may read without a model producing them, unless told otherwise:
     * the landing relations that raw models read, {@code <das>.landed__<source>__<table>}.
     */
    public static final ExternalSourcePolicy DEFAULT_EXTERNAL_SOURCES = ExternalSourcePolicy.namePrefix("landed__");

    private final ModelSetBuilder modelSetBuilder;
    private final String dialect;
    private final ExternalSourcePolicy externalSources;
    private final Fingerprinter fingerprinter;
    private final LineageRenderer lineage;
    private final SqlChecker checker = new SqlChecker();
    private final ModelFileRenderer modelFiles = new ModelFileRenderer();
    private final OutputWriter writer = new OutputWriter();

    private UssGenerator(Builder builder) {
        this.modelSetBuilder = builder.modelSetBuilder != null ? builder.modelSetBuilder : defaultModelSetBuilder();
        this.dialect = builder.dialect;
        this.externalSources = builder.externalSources;
        this.fingerprinter = new Fingerprinter(builder.templateRoot, builder.dialect, builder.classLoader);
        this.lineage = new LineageRenderer();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The {@link ModelSetBuilder} used when none is given: the SQL rendering for DuckDB. */
    public static ModelSetBuilder defaultModelSetBuilder() {
        return new UssModelSetBuilder(Dialect.duckdb());
    }

    /**
     * Loads the project in {@code projectDir} (every {@code *.yml} below it, see
     * {@link ProjectLoader}) and generates its lakehouse into {@code outputDir}.
     *
     * @throws InvalidProjectException when the project has errors, carrying every diagnostic
     *     (errors and warnings); nothing is written
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
     * @throws InvalidProjectException when the model builder reports errors; nothing is written
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

        List<GeneratedFile> files = new ArrayList<>(graph.size() + 2);
        List<GenerationResult.GeneratedModel> models = new ArrayList<>(graph.size());
        for (Model model : graph.topologicalOrder()) {
            Fingerprint fingerprint = fingerprints.get(model.name());
            GeneratedFile file = modelFiles.render(model, fingerprint);
            files.add(file);
            models.add(new GenerationResult.GeneratedModel(model, fingerprint, file.path()));
        }
        files.add(new ManifestRenderer(locations).render(project.name().value(), dialect, graph, fingerprints, diagnostics));
        files.add(lineage.render(project.name().value(), project.frames().stream().map(Frame::name).toList(),
                set.references(), graph));
        WriteResult written = writer.write(outputDir, files);
        return new GenerationResult(models, List.copyOf(graph.externalSources()),
                written.written(), written.unchanged(), written.deleted(), diagnostics);
    }

    /** Configures a {@link UssGenerator}; every setting has a default. */
    public static final class Builder {

        private ModelSetBuilder modelSetBuilder;
        private String dialect = DEFAULT_DIALECT;
        private String templateRoot = Fingerprinter.DEFAULT_TEMPLATE_ROOT;
        private ClassLoader classLoader = UssGenerator.class.getClassLoader();
        private ExternalSourcePolicy externalSources = DEFAULT_EXTERNAL_SOURCES;

        private Builder() {
        }

        /** Renders the models; defaults to {@link #defaultModelSetBuilder()}. */
        public Builder modelSetBuilder(ModelSetBuilder builder) {
            this.modelSetBuilder = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /** The dialect of the templates the models name (for fingerprints); default {@code duckdb}. */
        public Builder dialect(String dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** Where templates live on the classpath, one directory per dialect below it. */
        public Builder templateRoot(String templateRoot) {
            this.templateRoot = Objects.requireNonNull(templateRoot, "templateRoot");
            return this;
        }

        /** The class loader templates are read from. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
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
