package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;

/**
 * A column of a raw table.
 *
 * @param name its name, used quoted in SQL so any spelling works
 * @param type its DuckDB type
 * @param nullable whether it may hold NULL
 * @param description free text, empty when not given
 * @param location where it was declared
 */
public record Column(ColumnName name, SqlType type, boolean nullable, String description, Location location) {
}
