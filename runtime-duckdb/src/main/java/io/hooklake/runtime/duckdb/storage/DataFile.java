package io.hooklake.runtime.duckdb.storage;

import java.util.Objects;

/**
 * A Parquet file DuckDB wrote for a table ({@code COPY ... (RETURN_STATS)}), not yet committed.
 *
 * @param location where it is: a local path
 * @param sizeBytes its size
 * @param rows its row count
 */
public record DataFile(String location, long sizeBytes, long rows) {

    public DataFile {
        Objects.requireNonNull(location, "location");
    }
}
