package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A raw source table as landed: one row per record per load.
 *
 * @param source the source system it belongs to
 * @param name its name within the source
 * @param description free text, empty when not given
 * @param columns its columns in declared order, the load column included
 * @param loadColumn the column that says when a row was loaded (a load id or a timestamp); one
 *     of {@code columns}
 * @param primaryKey the source's primary key, informative only (may be empty)
 * @param location where it was declared
 */
public record Table(
        SourceName source,
        TableName name,
        String description,
        List<Column> columns,
        ColumnName loadColumn,
        List<ColumnName> primaryKey,
        Location location) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public Optional<Column> column(ColumnName column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** The load column itself. */
    public Column load() {
        return column(loadColumn).orElseThrow(
                () -> new IllegalStateException("table " + name + " lacks its load column " + loadColumn));
    }

    /** The columns other than the load column: the record's payload. */
    public List<Column> payload() {
        return columns.stream().filter(c -> !c.name().equals(loadColumn)).toList();
    }
}
