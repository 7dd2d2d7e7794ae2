package io.hooklake.generator;

import io.hooklake.generator.check.ExpressionChecker;
import io.hooklake.generator.check.SqlChecker;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.docs.LineageRenderer;
import io.hooklake.generator.output.Fingerprinter;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.generator.output.GenerationInputs;
import io.hooklake.generator.output.Locations;
import io.hooklake.generator.output.ManifestRenderer;
import io.hooklake.generator.output.ModelFileRenderer;
import io.hooklake.generator.output.ModelStatement;
import io.hooklake.generator.output.OutputLayout;
import io.hooklake.generator.output.OutputWriter;
import io.hooklake.generator.output.WriteResult;
import io.hooklake.generator.sql.UssModelSetBuilder;
import io.hooklake.model.Engine;
import io.hooklake.model.Frame;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.model.load.LoadResult;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The model set builder given, or the one of the dialect chosen for every call; empty when each project's engine decides. */
    private final Optional<ModelSetBuilder> fixedBuilder;
    /**
     * How the dialect is chosen, part of the {@link GenerationInputs} hash: the fixed dialect's name,
     * or the project's engine (its YAML is hashed); empty for a caller's own model set builder.
     */
    private final Optional<String> dialectChoice;
    /** The model set builder of each dialect a project's engine chose, made once. */
    private final Map<Dialect, ModelSetBuilder> byDialect = new ConcurrentHashMap<>();
    /** The fingerprinter of each dialect, made once. */
    private final Map<String, Fingerprinter> fingerprinters = new ConcurrentHashMap<>();
    private final ExternalSourcePolicy externalSources;
    private final LineageRenderer lineage;
    private final ExpressionChecker expressions = new ExpressionChecker();
    private final SqlChecker checker = new SqlChecker();
    private final ModelFileRenderer modelFiles = new ModelFileRenderer();
    private final OutputWriter writer = new OutputWriter();

    private UssGenerator(Builder builder) {
        this.fixedBuilder = builder.modelSetBuilder != null ? Optional.of(builder.modelSetBuilder)
                : builder.dialect != null ? Optional.of(new UssModelSetBuilder(builder.dialect)) : Optional.empty();
        this.dialectChoice = builder.modelSetBuilder != null ? Optional.empty()
                : Optional.of(builder.dialect != null ? builder.dialect.name() : "the project's engine");
        this.externalSources = builder.externalSources;
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
     * The dialect of the statements it generates for {@code project}, such as {@code duckdb}: the
     * one chosen for every call ({@link Builder#dialect(Dialect)} or the model set builder's), else
     * the project's {@code engine}.
     */
    public String dialect(Project project) {
        return modelSetBuilder(project).dialect();
    }

    /** The dialect of a project's engine: {@code engine: spark} is {@link Dialect#spark()}, the default {@link Dialect#duckdb()}. */
    public static Dialect dialectOf(Engine engine) {
        return switch (engine) {
            case DUCKDB -> Dialect.duckdb();
            case SPARK -> Dialect.spark();
        };
    }

    private ModelSetBuilder modelSetBuilder(Project project) {
        return fixedBuilder.orElseGet(() -> byDialect.computeIfAbsent(dialectOf(project.settings().engine()),
                UssModelSetBuilder::new));
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
        return generate(project, outputDir, loaded.diagnostics(), location -> Locations.relative(location, projectDir),
                inputs(projectDir).orElse(null));
    }

    /**
     * True when {@code outputDir} holds a generation of {@code projectDir} by this generator with
     * these settings, from the very files the project has now (the hash its manifest records,
     * {@link GenerationInputs}): generating again would write the same files. Its files may still
     * have been changed since; {@link io.hooklake.generator.contract.GeneratedProject#read} checks them.
     */
    public boolean isUpToDate(Path projectDir, Path outputDir) {
        Optional<String> recorded = GenerationInputs.recorded(outputDir);
        return recorded.isPresent() && recorded.equals(inputs(projectDir));
    }

    /** The hash of what a generation of {@code projectDir} depends on; empty for a caller's own model set builder or external-source policy. */
    private Optional<String> inputs(Path projectDir) {
        if (dialectChoice.isEmpty() || externalSources != DEFAULT_EXTERNAL_SOURCES) {
            return Optional.empty();
        }
        return GenerationInputs.of(projectDir, "dialect " + dialectChoice.get() + ", manifest format "
                + ManifestRenderer.FORMAT, List.of(UssGenerator.class, ProjectLoader.class));
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
        return generate(project, outputDir, List.of(), location -> Locations.relative(location, null), null);
    }

    private GenerationResult generate(Project project, Path outputDir, List<Diagnostic> loadDiagnostics,
            Function<Location, String> locations, String inputs) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(outputDir, "outputDir");
        List<Diagnostic> refused = expressions.check(project);
        if (!refused.isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
            diagnostics.addAll(refused);
            diagnostics.sort(Diagnostic.ORDER);
            throw new InvalidProjectException(diagnostics);
        }
        ModelSetBuilder modelSetBuilder = modelSetBuilder(project);
        Fingerprinter fingerprinter = fingerprinters.computeIfAbsent(modelSetBuilder.dialect(),
                d -> new Fingerprinter(Fingerprinter.DEFAULT_TEMPLATE_ROOT, d));
        ModelSet set = modelSetBuilder.build(project);
        List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
        diagnostics.addAll(set.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new InvalidProjectException(diagnostics);
        }
        ModelGraph graph = ModelGraph.of(set.models(), externalSources);
        recallCheckedStatements(outputDir);
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
        files.add(new ManifestRenderer(locations).render(new ManifestRenderer.Contents(project.name().value(), modelSetBuilder.dialect(), inputs,
                graph.topologicalOrder(), fingerprints, fingerprinter.ownFingerprints(graph), set.landedTables(),
                List.copyOf(graph.externalSources()), byPath, diagnostics,
                project.settings().dataChecks().name().toLowerCase(java.util.Locale.ROOT))));
        files.add(lineage.render(project.name().value(), project.frames().stream().map(Frame::name).toList(),
                set.references(), graph));
        files.add(new GeneratedFile(OutputLayout.SQL_CHECKED, checker.remembered()));
        WriteResult written = writer.write(outputDir, files);
        return new GenerationResult(models, List.copyOf(graph.externalSources()),
                written.written(), written.unchanged(), written.deleted(), diagnostics);
    }

    /**
     * Lets the checker skip the statements an earlier generation into {@code outputDir} checked
     * (its {@link OutputLayout#SQL_CHECKED} file); a missing or unreadable file only costs time.
     */
    private void recallCheckedStatements(Path outputDir) {
        try {
            checker.recall(Files.readString(outputDir.resolve(OutputLayout.SQL_CHECKED)));
        } catch (IOException | UncheckedIOException e) {
            // Nothing to recall: every statement is parsed.
        }
    }

    /** Configures a {@link UssGenerator}; every setting has a default. */
    public static final class Builder {

        private ModelSetBuilder modelSetBuilder;
        private Dialect dialect;
        private ExternalSourcePolicy externalSources = DEFAULT_EXTERNAL_SOURCES;

        private Builder() {
        }

        /** Renders the models; defaults to the templates of {@link #dialect(Dialect)}. */
        public Builder modelSetBuilder(ModelSetBuilder builder) {
            this.modelSetBuilder = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /**
         * The SQL dialect the default model set builder renders, for every project; by default each
         * project's {@code engine} decides ({@link Dialect#duckdb()} unless it says {@code spark}).
         */
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
