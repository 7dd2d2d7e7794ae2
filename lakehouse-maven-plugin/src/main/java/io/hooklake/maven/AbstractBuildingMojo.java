package io.hooklake.maven;

import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.TableFormat;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that generate and then land or build share ({@code ingest}, {@code plan},
 * {@code run}): the lakehouse folder and the table format a new lakehouse is created with.
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

    @Override
    final boolean opensLakehouse() {
        return true;
    }

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
}
