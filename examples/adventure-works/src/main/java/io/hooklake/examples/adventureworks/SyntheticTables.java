package io.hooklake.examples.adventureworks;

import static io.hooklake.examples.adventureworks.Catalog.quoted;

import io.hooklake.examples.adventureworks.Catalog.Col;
import io.hooklake.examples.adventureworks.Catalog.ForeignKey;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds every table of synthetic AdventureWorks in DuckDB, each row once with the load it first
 * lands in ({@code _load}), from the {@link TableSpec}s of {@link SyntheticSpecs}.
 *
 * <p>A foreign key picks its referenced row among the rows landed in the same or an earlier load:
 * the rows of a table are numbered {@code _i} in load order, and {@code _cum_<table>} counts the
 * rows up to each load, so a pick is a number from 1 to that count. Columns without an expression
 * in the spec get one by name and type: the picked row's column for a foreign key, a GUID for
 * {@code rowguid}, a time before the load for {@code modified_date}, the ordinal for a one-column
 * integer key, and a pseudo-random value otherwise. Tables whose key has several columns keep the
 * first row of each key.
 */
final class SyntheticTables {

    private final Catalog catalog;
    private final Timeline timeline;
    private final int loads;

    SyntheticTables(Catalog catalog, Timeline timeline) {
        this.catalog = catalog;
        this.timeline = timeline;
        this.loads = timeline.loads();
    }

    void build(Statement s, double scale) throws SQLException {
        Map<String, TableSpec> specs = new LinkedHashMap<>();
        for (TableSpec spec : new SyntheticSpecs(catalog, timeline, scale).specs()) {
            specs.put(spec.table, spec);
        }
        Set<String> missing = new TreeSet<>(catalog.tables());
        missing.removeAll(specs.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no synthetic spec for " + missing);
        }
        for (String table : order(specs)) {
            try {
                s.execute(sql(specs.get(table)));
                for (String post : specs.get(table).post) {
                    s.execute(post);
                }
            } catch (SQLException e) {
                throw new SQLException("table " + table + ": " + e.getMessage(), e);
            }
            s.execute("CREATE OR REPLACE TABLE " + quoted("_cum_" + table) + " AS SELECT CAST(l AS INTEGER) AS _l, "
                    + "(SELECT count(*) FROM " + quoted(table) + " t WHERE t._load <= l) AS _c FROM range(1, " + (loads + 1) + ") r(l)");
        }
    }

    /** The tables after their foreign key parents and the tables their drivers read. */
    private List<String> order(Map<String, TableSpec> specs) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (String table : catalog.tables()) {
            Set<String> parents = new TreeSet<>(specs.get(table).after);
            catalog.foreignKeys(table).forEach(fk -> parents.add(fk.referenced()));
            parents.remove(table);
            needs.put(table, parents);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < needs.size()) {
            String next = needs.entrySet().stream()
                    .filter(e -> !order.contains(e.getKey()) && order.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("synthetic tables depend on each other in a cycle"));
            order.add(next);
        }
        return order;
    }

    String sql(TableSpec spec) {
        String table = spec.table;
        List<String> selects = new ArrayList<>();
        StringBuilder joins = new StringBuilder();
        Map<String, String> fkColumn = new LinkedHashMap<>();
        for (ForeignKey fk : catalog.foreignKeys(table)) {
            String alias = "fk_" + fk.columns().get(0);
            String cum = "c_" + fk.columns().get(0);
            double skew = spec.skews.getOrDefault(fk.columns().get(0), 1.0);
            joins.append(" LEFT JOIN ").append(quoted("_cum_" + fk.referenced())).append(' ').append(cum)
                    .append(" ON ").append(cum).append("._l = b._load LEFT JOIN ").append(quoted(fk.referenced())).append(' ')
                    .append(alias).append(" ON ").append(alias).append("._i = pick('").append(table).append('.').append(alias)
                    .append("', b._i0, ").append(skew).append(", ").append(cum).append("._c)");
            for (int k = 0; k < fk.columns().size(); k++) {
                fkColumn.put(fk.columns().get(k), alias + "." + quoted(fk.referencedColumns().get(k)));
            }
        }
        List<String> key = catalog.primaryKey(table);
        for (Col c : catalog.columns(table)) {
            String expr = spec.columns.get(c.name());
            if (expr == null) {
                expr = fkColumn.get(c.name());
            }
            if (expr == null) {
                expr = defaultValue(table, c, key);
            }
            selects.add("CAST(" + expr + " AS " + c.type() + ") AS " + quoted(c.name()));
        }
        String dedupe = key.size() > 1
                ? " QUALIFY row_number() OVER (PARTITION BY " + key.stream().map(Catalog::quoted).collect(Collectors.joining(", "))
                        + " ORDER BY _load, _i0) = 1"
                : "";
        return "CREATE OR REPLACE TABLE " + quoted(table) + " AS WITH b AS (" + spec.driver + "), v AS (SELECT "
                + String.join(", ", selects) + ", b.* FROM b" + joins + "), d AS (SELECT * FROM v" + dedupe
                + ") SELECT CAST(row_number() OVER (ORDER BY _load, _i0) AS BIGINT) AS _i, * FROM d";
    }

    private static String defaultValue(String table, Col c, List<String> key) {
        String salt = "'" + table + "." + c.name() + "'";
        String type = c.type().toUpperCase(Locale.ROOT);
        if (key.size() == 1 && key.get(0).equals(c.name()) && (type.equals("INTEGER") || type.equals("SMALLINT"))) {
            return "b._i0";
        }
        if (c.name().equals("rowguid")) {
            return "guid('" + table + "', b._i0)";
        }
        if (c.name().equals("modified_date")) {
            return "date_trunc('day', between_ts(lprev(b._load), lat(b._load), rnd(" + salt + ", b._i0)))";
        }
        if (type.equals("BOOLEAN")) {
            return "rnd(" + salt + ", b._i0) < 0.5";
        }
        if (type.equals("INTEGER") || type.equals("SMALLINT")) {
            return "rint(" + salt + ", b._i0, 1, 100)";
        }
        if (type.startsWith("DECIMAL")) {
            return "round(rnd(" + salt + ", b._i0) * 1000, 2)";
        }
        if (type.equals("DATE") || type.equals("TIMESTAMP")) {
            return "order_ts(rnd(" + salt + ", b._i0))";
        }
        if (type.equals("TIME")) {
            return "TIME '08:00:00'";
        }
        if (type.equals("BLOB")) {
            return "'\\x47\\x49\\x46\\x38\\x39\\x61'";
        }
        return "'" + c.name().replace('_', ' ') + " ' || b._i0";
    }
}
