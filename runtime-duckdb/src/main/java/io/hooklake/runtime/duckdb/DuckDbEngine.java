package io.hooklake.runtime.duckdb;

import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.EngineLakehouse;
import java.nio.file.Path;

/**
 * The DuckDB engine: embedded DuckDB computes every table and keeps the run state in the
 * lakehouse's database file; the tables are DuckDB's own or Parquet, Delta or Iceberg tables.
 * Listed in {@code META-INF/services/io.hooklake.runtime.engine.Engine}.
 */
public final class DuckDbEngine implements Engine {

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public EngineLakehouse open(Path directory, TableFormat format) {
        return new DuckDbLakehouse(directory, format);
    }
}
