package io.hooklake.examples.adventureworks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one synthetic table is made: a driver query that yields one row per record with
 * {@code _i0} (a unique ordinal, in time order), {@code _load} (the load the record first lands
 * in) and any helper columns (all named {@code _*}); SQL expressions for the declared columns
 * that are not left to {@link SyntheticTables}' defaults; the skew of each foreign key's pick.
 *
 * <p>Expressions see the driver's row as {@code b}, and for each foreign key the referenced row
 * it picked as {@code fk_<first column>} (for example {@code fk_customer_id}).
 */
final class TableSpec {

    final String table;
    final String driver;
    final Map<String, String> columns = new LinkedHashMap<>();
    final Map<String, Double> skews = new LinkedHashMap<>();
    final List<String> after = new ArrayList<>();
    final List<String> post = new ArrayList<>();

    private TableSpec(String table, String driver) {
        this.table = table;
        this.driver = driver;
    }

    static TableSpec of(String table, String driver) {
        return new TableSpec(table, driver);
    }

    /** The expression of a declared column. */
    TableSpec col(String column, String sql) {
        columns.put(column, sql);
        return this;
    }

    /** Picks of the foreign key starting at {@code column} favour the first rows: 1 is uniform, 3 strongly skewed. */
    TableSpec skew(String column, double skew) {
        skews.put(column, skew);
        return this;
    }

    /** Statements run once the table is built, such as totals of the parent rows computed from its lines. */
    TableSpec post(String sql) {
        post.add(sql);
        return this;
    }

    /** Tables the driver reads that are no foreign key parent. */
    TableSpec after(String... tables) {
        after.addAll(List.of(tables));
        return this;
    }
}
