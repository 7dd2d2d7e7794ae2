package io.hooklake.generator.contract;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.DataChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generation's output folder read back: every model with its statements, the relations models
 * read that no model produces, and the landed tables. This is all a runtime needs.
 *
 * <pre>{@code
 * GeneratedProject project = GeneratedProject.read(Path.of("target/lakehouse"));
 * }</pre>
 *
 * @param project the project's name
 * @param dialect the SQL dialect of every statement, such as {@code duckdb}
 * @param models every model, upstream before downstream (ties by qualified name)
 * @param externalSources the relations models read that no model produces (the landing relations), sorted
 * @param landedTables the raw tables as ingest lands them, by relation
 * @param checksum the SHA-256 of {@code manifest.json}: equal checksums mean the same generation
 * @param dataChecks what the project's data checks do when they find duplicate or NULL keys:
 *     warn (the default) or fail the run
 */
public record GeneratedProject(
        String project, String dialect, List<CompiledModel> models, List<ModelName> externalSources,
        List<LandedTable> landedTables, String checksum, DataChecks dataChecks) {

    /** The file that lists everything, inside the output folder. */
    public static final String MANIFEST = "manifest.json";

    public GeneratedProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(dialect, "dialect");
        models = List.copyOf(models);
        externalSources = List.copyOf(externalSources);
        landedTables = List.copyOf(landedTables);
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(dataChecks, "dataChecks");
    }

    /** A generation whose data checks warn. */
    public GeneratedProject(String project, String dialect, List<CompiledModel> models, List<ModelName> externalSources,
            List<LandedTable> landedTables, String checksum) {
        this(project, dialect, models, externalSources, landedTables, checksum, DataChecks.WARN);
    }

    /**
     * Reads the generation in {@code outputDir}: its manifest and every statement file the manifest
     * lists, each checked against the checksum the manifest records.
     *
     * @throws GeneratedOutputException {@code LH243} when the folder holds no readable manifest of
     *     this version; {@code LH244} when a listed file is missing or was changed since generation
     */
    public static GeneratedProject read(Path outputDir) {
        return new ManifestReader(outputDir).read();
    }

    /**
     * The dialect of every statement: a runtime runs a generation only on its engine and refuses
     * one generated for another ({@code engine:} in the project, or the dialect chosen per call).
     *
     * @throws GeneratedOutputException {@code LH243} when the manifest names a dialect this version does not know
     */
    public Dialect sqlDialect() {
        return Dialect.named(dialect).orElseThrow(() -> new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT,
                MANIFEST + ": the SQL is in dialect '" + dialect + "', which this version of Hooklake does not know"
                        + " (it knows " + Dialect.all().stream().map(Dialect::name).toList() + "): generate again"));
    }

    /** The model of that name. */
    public Optional<CompiledModel> model(ModelName name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The landed table {@code source.table}, as the YAML names them. */
    public Optional<LandedTable> landedTable(String source, String table) {
        return landedTables.stream().filter(t -> t.source().equals(source) && t.table().equals(table)).findFirst();
    }

    /** The landed tables of one source, by table name. */
    public List<LandedTable> landedTables(String source) {
        return landedTables.stream().filter(t -> t.source().equals(source)).toList();
    }
}
