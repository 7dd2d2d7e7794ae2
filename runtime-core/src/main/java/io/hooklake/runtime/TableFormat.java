package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a lakehouse keeps its tables: the landed (DAS) tables the models read and the table models
 * (DAB, DAR) a run writes. DuckDB always does the computing; the format decides where rows live.
 */
public enum TableFormat {

    /** DuckDB's own tables inside the lakehouse database file. */
    DUCKDB,

    /** Plain Parquet folders, one per table. */
    PARQUET,

    /** Delta Lake tables, through Delta Kernel. */
    DELTA,

    /** Apache Iceberg tables with a JDBC (SQLite) catalog inside the lakehouse folder. */
    ICEBERG;

    /** The name used in configuration: {@code duckdb}, {@code parquet}, {@code delta}, {@code iceberg}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code name}, in any case.
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} naming the formats there are
     */
    public static TableFormat fromName(String name) {
        for (TableFormat format : values()) {
            if (format.configName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return format;
            }
        }
        throw new LakehouseException(ErrorCode.FORMAT_MISMATCH, "unknown table format '" + name + "'; use one of "
                + Arrays.stream(values()).map(TableFormat::configName).collect(Collectors.joining(", ")));
    }
}
