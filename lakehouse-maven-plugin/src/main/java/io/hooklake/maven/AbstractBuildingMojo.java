package io.hooklake.maven;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.TableFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that generate and then land or build share ({@code ingest}, {@code plan},
 * {@code run}): the lakehouse folder, the table format a new lakehouse is created with, and where
 * the Spark engine runs Spark.
 */
abstract class AbstractBuildingMojo extends AbstractGeneratingMojo {

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
     * The Spark engine's master: {@code local[2]} (the default), {@code local[1]}, {@code local[*]}
     * for Spark in Maven's JVM on that many cores. Used by {@code lakehouse.engine=spark} only.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.spark.master")
    String sparkMaster;

    /**
     * A Spark Connect address ({@code sc://host:port}) for the Spark engine: it then runs on that
     * server instead of in Maven's JVM; an address where no server answers is refused ({@code LH325}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.spark.remote")
    String sparkRemote;

    /**
     * Spark settings passed to the Spark engine as they are, after its own, such as
     * {@code <spark.driver.memory>2g</spark.driver.memory>}; on the command line
     * {@code -Dlakehouse.spark.conf.<key>=<value>}, which overrides the pom's.
     *
     * @since 0.2.0
     */
    @Parameter
    Map<String, String> sparkConf;

    @Override
    final boolean opensLakehouse() {
        return true;
    }

    /**
     * Opens the lakehouse folder with the engine of {@code generated}'s SQL dialect (the one
     * {@code lakehouse.engine} or the project chose): in the format given, else in the one it was
     * created with, else (a new lakehouse) in {@link #DEFAULT_FORMAT}.
     */
    final Lakehouse lakehouse(GeneratedProject generated) {
        Path directory = lakehouseDirectory.toPath();
        TableFormat tables = format != null && !format.isBlank() ? TableFormat.fromName(format)
                : Lakehouse.recordedFormat(directory).orElse(DEFAULT_FORMAT);
        io.hooklake.model.Engine dialect = io.hooklake.model.Engine.valueOf(
                generated.sqlDialect().name().toUpperCase(Locale.ROOT));
        return Lakehouse.open(directory, tables, engines(sparkMaster, sparkRemote, sparkConf)
                .open(dialect));
    }
}
