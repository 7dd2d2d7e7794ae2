package io.hooklake.model;

/**
 * The SQL engine a project's lakehouse runs on, and so the SQL dialect its models are generated
 * in ({@code engine:} in the project section). A generator or runtime told another engine for one
 * call takes that instead.
 */
public enum Engine {
    /** Embedded DuckDB (the default). */
    DUCKDB,
    /** Apache Spark 4.1: a local session or a cluster. */
    SPARK
}
