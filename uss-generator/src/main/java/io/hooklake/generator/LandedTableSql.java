package io.hooklake.generator;

import java.util.List;
import java.util.Objects;

/**
 * A raw table as ingest lands it: see {@link io.hooklake.generator.contract.LandedTable}.
 *
 * @param relation the landing relation
 * @param source the source's name in the YAML
 * @param table the table's name in the YAML
 * @param payload the declared columns but the load column, in order, with their declared types
 * @param loadColumn the load column with its declared type
 * @param loadTime a SELECT of {@code load_time} from the load value given as its one parameter
 * @param templates the templates that rendered {@code loadTime}
 */
public record LandedTableSql(ModelName relation, String source, String table, List<ModelColumn> payload,
        ModelColumn loadColumn, String loadTime, List<String> templates) {

    public LandedTableSql {
        Objects.requireNonNull(relation, "relation");
        payload = List.copyOf(payload);
        Objects.requireNonNull(loadColumn, "loadColumn");
        Objects.requireNonNull(loadTime, "loadTime");
        templates = List.copyOf(templates);
    }
}
