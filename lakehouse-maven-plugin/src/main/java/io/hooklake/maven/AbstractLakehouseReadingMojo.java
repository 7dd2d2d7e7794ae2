package io.hooklake.maven;

import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.Lakehouse;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read a built lakehouse share ({@code query}, {@code dashboard}): its folder
 * (it opens in the format it was created with), the engine that reads it, and the moment they read
 * it at, now or an earlier run's or time's (Delta and Iceberg lakehouses).
 */
abstract class AbstractLakehouseReadingMojo extends AbstractLakehouseMojo {

    /**
     * The lakehouse folder: the database with the landed data, the models' tables and the run state.
     * It lives outside {@code target} so that {@code mvn clean} keeps the data.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.lakehouseDirectory", defaultValue = "${project.basedir}/lakehouse")
    File lakehouseDirectory;

    /**
     * The Spark engine's master, as for {@code lakehouse:run}. Used by {@code lakehouse.engine=spark} only.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.spark.master")
    String sparkMaster;

    /**
     * A Spark Connect address for the Spark engine, as for {@code lakehouse:run}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.spark.remote")
    String sparkRemote;

    /**
     * Spark settings passed to the Spark engine, as for {@code lakehouse:run}; {@code -Dlakehouse.spark.conf.<key>} too.
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
     * Opens the lakehouse folder with the engine {@code lakehouse.engine} names, else DuckDB's (either reads a
     * lakehouse the other built; the Spark engine answers queries with DuckDB over the same tables), in the format it was
     * created with (a folder without one, in {@link #DEFAULT_FORMAT}).
     */
    final Lakehouse lakehouse() {
        Path directory = lakehouseDirectory.toPath();
        EngineParameters engines = engines(sparkMaster, sparkRemote, sparkConf);
        return Lakehouse.open(directory, Lakehouse.recordedFormat(directory).orElse(DEFAULT_FORMAT),
                engines.open(engines.named().orElse(io.hooklake.model.Engine.DUCKDB)));
    }

    /**
     * Reads the lakehouse as it was right after this earlier run, by the id its run summary printed
     * ({@code run run-20261205T074012.345Z}): every table at the version that run left (Delta and
     * Iceberg lakehouses; {@code LH320} in the others, {@code LH321} for a run the lakehouse has not
     * recorded, {@code LH322} when that version's files are gone).
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.asOfRun")
    String asOfRun;

    /**
     * Reads the lakehouse as it was at this moment: {@code 2026-12-05T07:40:00Z}, with an offset
     * ({@code 2026-12-05T08:40:00+01:00}) or as {@code 2026-12-05 07:40:00} (UTC). Every table is
     * read at the version committed last by then (as {@code asOfRun}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.asOfTime")
    String asOfTime;

    /**
     * The moment to read the lakehouse at: right after {@code asOfRun}, at {@code asOfTime}, or now
     * without either; says so in the log.
     *
     * @throws ParameterException when both are given or the time cannot be read
     */
    final AsOf asOf() {
        boolean byRun = asOfRun != null && !asOfRun.isBlank();
        boolean byTime = asOfTime != null && !asOfTime.isBlank();
        if (byRun && byTime) {
            throw new ParameterException("lakehouse.asOfRun and lakehouse.asOfTime are both given; give one");
        }
        if (byRun) {
            getLog().info("Reading the lakehouse as it was right after " + asOfRun.strip());
            return AsOf.run(asOfRun.strip());
        }
        if (!byTime) {
            return AsOf.now();
        }
        try {
            AsOf moment = AsOf.time(asOfTime);
            getLog().info("Reading the lakehouse as it was at " + ((AsOf.Time) moment).moment());
            return moment;
        } catch (IllegalArgumentException e) {
            throw new ParameterException("lakehouse.asOfTime is " + e.getMessage());
        }
    }
}
