package io.hooklake.runtime.duckdb.storage;

import java.util.List;
import java.util.Objects;

/**
 * One version of a table: its columns and the Parquet files that hold its rows, as local paths
 * DuckDB's {@code read_parquet} reads.
 *
 * @param version the format's version number (Delta version, Iceberg snapshot sequence, Parquet counter)
 * @param columns the table's columns with their storage types
 * @param files the live data files
 */
public record TableSnapshot(long version, List<ColumnSpec> columns, List<String> files) {

    public TableSnapshot {
        Objects.requireNonNull(columns, "columns");
        columns = List.copyOf(columns);
        files = List.copyOf(files);
    }
}
