package io.hooklake.generator.dashboard;

import java.util.List;

/**
 * What the dashboard needs of a built lakehouse: run one SELECT, give its rows, each value as
 * text ({@code NULL} for NULL). The runtime's query is one ({@code sql -> lakehouse.query(sql,
 * Integer.MAX_VALUE).rows()}); the dashboard knows nothing else of the engine.
 */
@FunctionalInterface
public interface LakehouseQuery {

    /** The rows of {@code sql}, in its order, each value as text. */
    List<List<String>> rows(String sql);
}
