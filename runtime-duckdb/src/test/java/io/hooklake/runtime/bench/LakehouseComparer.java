package io.hooklake.runtime.bench;

import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares tables of two lakehouse files, read-only, by a digest of each: its row count and the
 * sum of its rows' hashes (order-free; equal content gives equal digests).
 */
final class LakehouseComparer {

    private LakehouseComparer() {
    }

    /** The tables whose digests differ, with both digests; empty when all are equal. */
    static Map<String, String> differences(Path a, Path b, List<ModelName> tables) throws SQLException {
        Map<String, String> differences = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + a.toString().replace("'", "''") + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + b.toString().replace("'", "''") + "' AS b (READ_ONLY)");
            for (ModelName table : tables) {
                String left = digest(s, "a", table);
                String right = digest(s, "b", table);
                if (!left.equals(right)) {
                    differences.put(table.qualified(), left + " vs " + right);
                }
            }
        }
        return differences;
    }

    private static String digest(Statement s, String catalog, ModelName table) throws SQLException {
        String relation = catalog + ".\"" + table.schema() + "\".\"" + table.name() + "\"";
        try (ResultSet rs = s.executeQuery("SELECT count(*) || ' rows, hash sum ' || coalesce(CAST(sum(CAST(hash(t) AS HUGEINT))"
                + " AS VARCHAR), '-') FROM " + relation + " AS t")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
