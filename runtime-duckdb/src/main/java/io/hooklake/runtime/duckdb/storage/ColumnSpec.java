package io.hooklake.runtime.duckdb.storage;

import java.util.Objects;

/**
 * A column of a table kept in a table format: its name and its storage type, a DuckDB type
 * that every format can hold (see {@link StorageTypes}).
 *
 * @param name the column name, as in the model or the declaration
 * @param type the storage type in DuckDB's spelling: {@code BIGINT}, {@code DECIMAL(38,0)}, {@code TIMESTAMP WITH TIME ZONE}, ...
 */
public record ColumnSpec(String name, String type) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
