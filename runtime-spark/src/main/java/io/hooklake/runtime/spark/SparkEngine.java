package io.hooklake.runtime.spark;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.EngineLakehouse;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Spark engine: Apache Spark (in this process, or a cluster through Spark Connect) computes
 * every table from the generated Spark SQL and writes it as a Delta Lake or Iceberg table with
 * Spark's own connector, in the lakehouse layout the DuckDB engine uses; the run state and a DuckDB view per
 * table stay in the lakehouse's DuckDB database, so the DuckDB engine queries what Spark built.
 * Listed in {@code META-INF/services/io.hooklake.runtime.engine.Engine}; found by the name
 * {@value #NAME}. Without settings it reads them from system properties
 * ({@link SparkSettings#fromSystemProperties()}).
 */
public final class SparkEngine implements Engine {

    /** The engine's name. */
    public static final String NAME = "spark";

    private final SparkSettings settings;

    /** The engine with the settings of the system properties (what {@link java.util.ServiceLoader} makes). */
    public SparkEngine() {
        this(null);
    }

    /** The engine with {@code settings}. */
    public SparkEngine(SparkSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The Spark engine keeps Delta or Iceberg tables; a Spark Connect address must be one, with
     * something listening there (checked in seconds, before the lakehouse folder is made).
     */
    @Override
    public void checkUsable(TableFormat format) {
        if (format != TableFormat.DELTA && format != TableFormat.ICEBERG) {
            throw new LakehouseException(ErrorCode.FORMAT_MISMATCH, "the spark engine keeps its tables in delta or"
                    + " iceberg, not " + format.configName() + ": open the lakehouse with one of them"
                    + " (lakehouse.format=delta), or run " + format.configName() + " tables with the duckdb engine");
        }
        settings().remote().map(SparkConnect::parse).ifPresent(SparkConnect::checkReachable);
    }

    /** The engine with the settings {@code settings} give ({@link SparkSettings#from}), not the system properties'. */
    @Override
    public Engine withSettings(Map<String, String> settings) {
        return new SparkEngine(SparkSettings.from(settings));
    }

    /** Stops the in-process Spark, if one runs ({@link SparkSessions#stopLocal()}). */
    @Override
    public void release() {
        SparkSessions.stopLocal();
    }

    @Override
    public EngineLakehouse open(Path directory, TableFormat format) {
        checkUsable(format);
        return new SparkLakehouse(directory, format, settings());
    }

    private SparkSettings settings() {
        return settings == null ? SparkSettings.fromSystemProperties() : settings;
    }
}
