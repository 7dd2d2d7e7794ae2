package io.hooklake.runtime;

import io.hooklake.generator.ModelName;

/**
 * DuckDB's spelling of the few names the runtime writes itself (schemas, relations, the affected
 * entities' temporary table, landed columns): every name comes from the generated output, the
 * runtime only quotes it.
 */
final class SqlNames {

    /** The identifier, always quoted: DuckDB matches quoted identifiers without regard to case too. */
    String identifier(String name) {
        return quoted(name);
    }

    String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    String relation(ModelName name) {
        return identifier(name.schema()) + "." + identifier(name.name());
    }

    /** A string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
