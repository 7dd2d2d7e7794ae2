package io.hooklake.runtime.spark;

import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.SqlType;

/**
 * A declared column type (DuckDB's spelling, as the YAML declares it) as Spark SQL spells it,
 * through the generator's Spark dialect, so landed tables get the types the generated SQL expects.
 */
final class SparkTypes {

    private SparkTypes() {
    }

    static String of(String declared) {
        return Dialect.spark().columnType(SqlType.of(declared));
    }
}
