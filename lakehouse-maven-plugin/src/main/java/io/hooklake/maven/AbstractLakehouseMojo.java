package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
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
     * exactly the files there ({@link GeneratedProject#read}).
     */
    final GeneratedProject generated() {
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
            return Optional.empty();
        }
        return generation.models().stream().filter(m -> m.model().name().equals(model)).findFirst()
                .flatMap(m -> m.model().origin()).map(Location::toString);
    }
}
