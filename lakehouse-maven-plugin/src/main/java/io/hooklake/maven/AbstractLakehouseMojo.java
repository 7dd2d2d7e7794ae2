package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedOutputException;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.TableFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the folders, the table format, {@code lakehouse.skip}, and the one
 * translation of failures into BUILD FAILURE or BUILD ERROR ({@link FailureReport}). A goal maps
 * its parameters onto the library's facades and does nothing else.
 */
abstract class AbstractLakehouseMojo extends AbstractMojo {

    static {
        // Delta Kernel logs a dozen INFO lines (and a WARNING about checkpoints) per table it opens, which would
        // bury the goals' own output; Maven's logger reads these levels when a library creates its loggers.
        // -Dorg.slf4j.simpleLogger.log.io.delta=info (and so on) on the command line brings them back.
        quiet("io.delta", "error");
        quiet("org.apache.iceberg", "warn");
        // iceberg-core warns on every open that its JDBC catalog has no view support; Hooklake keeps no views there.
        quiet("org.apache.iceberg.jdbc", "error");
        quiet("org.apache.hadoop", "error");
    }

    private static void quiet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }

    /**
     * The folder of the HOOK project: every {@code *.yml} below it is read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.projectDirectory", defaultValue = "${project.basedir}/src/main/lakehouse")
    File projectDirectory;

    /**
     * Where the generated SQL, {@code manifest.json} and the lineage docs are written. The generator
     * owns its {@code models/} and {@code docs/} folders and deletes stale files there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.outputDirectory", defaultValue = "${project.build.directory}/lakehouse")
    File outputDirectory;

    /**
     * The lakehouse folder: the database with the landed data, the models' tables and the run state.
     * It lives outside {@code target} so that {@code mvn clean} keeps the data.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.lakehouseDirectory", defaultValue = "${project.basedir}/lakehouse")
    File lakehouseDirectory;

    /**
     * How a new lakehouse keeps its tables: {@code delta} (Delta Lake tables), {@code iceberg}
     * (Iceberg tables with a SQLite catalog in the lakehouse folder), {@code parquet} (plain Parquet
     * folders) or {@code duckdb} (DuckDB's own tables in the lakehouse file). When not given, an
     * existing lakehouse opens in the format it was created with, and a new one is created with
     * {@code delta}; given, it must be the existing lakehouse's format (else LH310).
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.format")
    String format;

    /**
     * Skips the goal; it logs that it did.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.skip", defaultValue = "false")
    boolean skip;

    /** This execution, for the goal's name in the log. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    /** The last generation of this execution, to locate a failing model in the YAML (as an absolute file). */
    private GenerationResult generation;

    /** The generation read without generating (an unchanged project), to locate a failing model by its manifest. */
    private GeneratedProject read;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping lakehouse:" + execution.getGoal() + " (lakehouse.skip)");
            return;
        }
        try {
            executeGoal();
        } catch (RuntimeException e) {
            var failure = FailureReport.of(e, this::origin).log(getLog());
            if (failure instanceof MojoFailureException userMistake) {
                throw userMistake;
            }
            throw (MojoExecutionException) failure;
        }
    }

    /** The goal's work; library exceptions pass through to {@link FailureReport}. */
    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** Generates the project into the output folder (only changed files are written); logs warnings. */
    final GenerationResult generate() {
        generation = UssGenerator.builder().build().generate(projectDirectory.toPath(), outputDirectory.toPath());
        generation.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::toString).forEach(getLog()::warn);
        return generation;
    }

    /**
     * Generates the project, then reads the output folder back: what the lakehouse executes is
     * exactly the files there ({@link GeneratedProject#read}). When the output folder already holds
     * a generation of the project as it is now ({@link UssGenerator#isUpToDate}) and its files are
     * intact, that generation is read without generating again.
     */
    final GeneratedProject generated() {
        UssGenerator generator = UssGenerator.builder().build();
        if (generator.isUpToDate(projectDirectory.toPath(), outputDirectory.toPath())) {
            try {
                GeneratedProject unchanged = GeneratedProject.read(outputDirectory.toPath());
                read = unchanged;
                getLog().info("Project unchanged since its generation in " + outputDirectory
                        + " (lakehouse:generate lists its warnings)");
                return unchanged;
            } catch (GeneratedOutputException e) {
                // A file of the output folder was changed or removed: generating again restores it.
            }
        }
        generate();
        return GeneratedProject.read(outputDirectory.toPath());
    }

    /** The format a new lakehouse is created with when {@code lakehouse.format} is not given. */
    static final TableFormat DEFAULT_FORMAT = TableFormat.DELTA;

    /**
     * Opens the lakehouse folder: in the format given, else in the one it was created with, else
     * (a new lakehouse) in {@link #DEFAULT_FORMAT}.
     */
    final Lakehouse lakehouse() {
        Path directory = lakehouseDirectory.toPath();
        TableFormat tables = format != null && !format.isBlank() ? TableFormat.fromName(format)
                : Lakehouse.recordedFormat(directory).orElse(DEFAULT_FORMAT);
        return Lakehouse.open(directory, tables);
    }

    private Optional<String> origin(ModelName model) {
        if (generation == null) {
            return read == null ? Optional.empty() : read.model(model).flatMap(CompiledModel::origin).map(this::absolute);
        }
        return generation.models().stream().filter(m -> m.model().name().equals(model)).findFirst()
                .flatMap(m -> m.model().origin()).map(Location::toString);
    }

    /**
     * A manifest's origin ({@code file:line:column}, its file relative to the working directory or
     * else to the project folder, see {@code Locations}) with its file absolute, as a generation's.
     */
    private String absolute(String origin) {
        int column = origin.lastIndexOf(':');
        int line = column <= 0 ? -1 : origin.lastIndexOf(':', column - 1);
        if (line <= 0) {
            return origin;
        }
        Path file = Path.of(origin.substring(0, line));
        Path absolute = file.isAbsolute() || java.nio.file.Files.isRegularFile(file.toAbsolutePath()) ? file.toAbsolutePath()
                : projectDirectory.toPath().resolve(file).toAbsolutePath();
        return absolute.normalize() + origin.substring(line);
    }
}
