package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;

/** Where a value comes from: a column of the raw table, or a SQL expression over its columns. */
public sealed interface ValueSource permits ValueSource.ColumnRef, ValueSource.SqlExpression {

    /**
     * A column of the frame's raw table.
     *
     * @param column the column's name
     */
    record ColumnRef(ColumnName column) implements ValueSource {
    }

    /**
     * A SQL expression over the raw table's columns, written by the user in DuckDB's dialect.
     *
     * @param sql the expression's text
     * @param location where the expression was written, so that a problem in it is reported there
     */
    record SqlExpression(String sql, Location location) implements ValueSource {
    }
}
