package io.hooklake.runtime.duckdb;

import io.hooklake.generator.ModelName;

/**
 * DuckDB's spelling of the few names the runtime writes itself (schemas, relations, the affected
 * entities' temporary table, landed columns): every name comes from the generated output, the
 * runtime only quotes it.
 */
public final class SqlNames {

    /** The identifier, always quoted: DuckDB matches quoted identifiers without regard to case too. */
    public String identifier(String name) {
        return quoted(name);
    }

    public String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public String relation(ModelName name) {
        return identifier(name.schema()) + "." + identifier(name.name());
    }

    /** A string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
