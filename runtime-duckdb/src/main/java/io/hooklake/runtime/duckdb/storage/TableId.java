package io.hooklake.runtime.duckdb.storage;

import java.util.Objects;

/**
 * A table kept in a table format, named as its DuckDB relation: {@code das.landed__shop__orders},
 * {@code dab.frame__shop__orders}.
 */
public record TableId(String schema, String name) {

    public TableId {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public String qualified() {
        return schema + "." + name;
    }
}
