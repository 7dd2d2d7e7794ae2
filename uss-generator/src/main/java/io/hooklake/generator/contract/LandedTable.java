package io.hooklake.generator.contract;

import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import java.util.List;
import java.util.Objects;

/**
 * A raw table as it is landed: the relation ingest appends loads to and the raw models read.
 *
 * @param relation the landing relation, such as {@code das.landed__geo__countries}
 * @param source the source's name in the YAML
 * @param table the table's name in the YAML
 * @param payload the declared columns an input file holds, in order, with their declared types
 * @param loadColumn the load column ingest adds, with its declared type
 * @param loadTime a SELECT of one row and one column, {@code load_time} (TIMESTAMP): the load value
 *     given as its one parameter (text), converted as the frames convert the load column, so that
 *     the high-water mark of a run and the frames' record history agree
 */
public record LandedTable(
        ModelName relation, String source, String table, List<ModelColumn> payload, ModelColumn loadColumn,
        Statement loadTime) {

    public LandedTable {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        payload = List.copyOf(payload);
        Objects.requireNonNull(loadColumn, "loadColumn");
        Objects.requireNonNull(loadTime, "loadTime");
    }
}
