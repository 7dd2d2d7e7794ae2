package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelName;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.Engines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: {@code lakehouse.skip}, {@code lakehouse.engine}, the plugin's realm as
 * the thread's context class loader while the goal runs, and the one translation of failures into
 * BUILD FAILURE or BUILD ERROR ({@link FailureReport}). The folders and the table format are parameters
 * of the goals that use them ({@link AbstractGeneratingMojo}, {@link AbstractBuildingMojo},
 * {@link AbstractLakehouseReadingMojo}), so {@code help} lists each goal's own. A goal maps its
 * parameters onto the library's facades and does nothing else.
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
        // The Spark engine (runtime-spark, when the user adds it): Spark and delta-spark log every task and snapshot at
        // INFO and warn of things a user cannot change (the host name, plans too long to print); its failures reach the
        // user as the goal's error.
        quiet("org.apache.spark", "error");
        quiet("org.sparkproject", "error");
        quiet("org.apache.parquet", "error");
        quiet("io.netty", "error");
    }

    private static void quiet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }

    /**
     * Skips the goal; it logs that it did.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.skip", defaultValue = "false")
    boolean skip;

    /**
     * The engine that runs the lakehouse, and so the SQL dialect the models are generated in:
     * {@code duckdb} (embedded DuckDB) or {@code spark} (Apache Spark in Maven's JVM; add
     * {@code io.hooklake:runtime-spark} to the plugin's {@code <dependencies>}). When not given, the
     * project's {@code engine:} decides ({@code duckdb} unless it says {@code spark}). A lakehouse
     * is run by the engine that created it ({@code LH324} for another); {@code query} and
     * {@code dashboard} read with DuckDB unless this says {@code spark}, as either engine reads it.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.engine")
    String engine;

    /** The build's {@code -D} properties, for {@code lakehouse.spark.conf.<key>}. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    Properties userProperties;

    /** The engines this goal opened, released when it ends. */
    private final List<Engine> opened = new ArrayList<>();

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
        // Spark and Hadoop load their classes and services through the thread's context class loader, and the threads
        // Spark starts keep the one they were started with: it must be the plugin's realm, which holds the engines the
        // user added to the plugin's dependencies. Maven sets it so; a caller that embeds Maven may not.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(AbstractLakehouseMojo.class.getClassLoader());
        try {
            if (opensLakehouse()) {
                warmUpEngine();
            }
            executeGoal();
        } catch (RuntimeException e) {
            var failure = FailureReport.of(e, this::origin).log(getLog());
            if (failure instanceof MojoFailureException userMistake) {
                throw userMistake;
            }
            throw (MojoExecutionException) failure;
        } finally {
            release();
            thread.setContextClassLoader(caller);
        }
    }

    /** The engine parameters of a goal that opens the lakehouse, with this plugin's version for the dependency to add. */
    final EngineParameters engines(String sparkMaster, String sparkRemote, Map<String, String> sparkConf) {
        String version = execution == null || execution.getMojoDescriptor() == null
                || execution.getMojoDescriptor().getPluginDescriptor() == null ? null
                : execution.getMojoDescriptor().getPluginDescriptor().getVersion();
        return new EngineParameters(engine, sparkMaster, sparkRemote, sparkConf, userProperties, version, opened);
    }

    /**
     * Releases the engines this goal opened ({@link Engine#release()}): the plugin's realm closes when
     * the build ends, before the JVM exits, so what an engine keeps for the JVM (Spark) stops with
     * the goal, while its classes still load. The next goal of the build starts Spark anew.
     */
    private void release() {
        for (Engine engine : opened) {
            try {
                engine.release();
            } catch (RuntimeException e) {
                // The goal's own outcome stands; the JVM ends the engine when it exits.
                getLog().warn("Could not stop the " + engine.name() + " engine: " + e.getMessage());
            }
        }
        opened.clear();
    }

    /** True for a goal that opens the lakehouse; its engine then loads beside the goal's other work. */
    boolean opensLakehouse() {
        return false;
    }

    /**
     * Loads the lakehouse engine on a daemon thread ({@link Engine#warmUp()}), so that its native
     * library loads while the goal reads the generation: a new JVM spends most of a small goal's
     * time there. A failure shows again when the goal opens the lakehouse.
     */
    private static void warmUpEngine() {
        Thread warmUp = new Thread(() -> {
            try {
                Engines.find().warmUp();
            } catch (RuntimeException e) {
                // Opening the lakehouse reports it.
            }
        }, "hooklake-engine-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The goal's work; library exceptions pass through to {@link FailureReport}. */
    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** Remembers the last generation of this execution, to locate a failing model in the YAML. */
    final void remember(GenerationResult result) {
        generation = result;
    }

    /** The format a new lakehouse is created with when {@code lakehouse.format} is not given. */
    static final TableFormat DEFAULT_FORMAT = TableFormat.DELTA;

    /** Where the YAML declares {@code model}, from the last generation of this execution; empty if there was none. */
    Optional<String> origin(ModelName model) {
        if (generation == null) {
            return Optional.empty();
        }
        return generation.models().stream().filter(m -> m.model().name().equals(model)).findFirst()
                .flatMap(m -> m.model().origin()).map(Location::toString);
    }
}
