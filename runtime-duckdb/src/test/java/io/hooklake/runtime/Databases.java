package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads lakehouse database files from tests, outside any run (read-only). */
final class Databases {

    /** The DuckDB engine's database file inside a lakehouse folder. */
    static final String DATABASE_FILE = "lakehouse.duckdb";

    private Databases() {
    }

    /** The database file of {@code lakehouse}. */
    static Path file(Lakehouse lakehouse) {
        return lakehouse.directory().resolve(DATABASE_FILE);
    }

    /** Rows of a query over the lakehouse file, each as its columns' text joined with {@code |}. */
    static List<String> rows(Path database, String sql) {
        try (Reader reader = new Reader(database)) {
            return reader.rows(sql);
        }
    }

    /** One read-only connection to a lakehouse file, for many queries: attaching a large file takes a while. */
    static final class Reader implements AutoCloseable {

        private final Connection connection;

        Reader(Path database) {
            try {
                connection = DriverManager.getConnection("jdbc:duckdb:");
                try (Statement s = connection.createStatement()) {
                    s.execute("ATTACH '" + database + "' AS lake (READ_ONLY)");
                    s.execute("USE lake");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** Rows of a query, each as its columns' text joined with {@code |}. */
        List<String> rows(String sql) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(i == 1 ? "" : "|").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
            }
        }

        @Override
        public void close() {
            try (connection; Statement s = connection.createStatement()) {
                s.execute("USE memory");
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    static long count(Path database, String sql) {
        return Long.parseLong(rows(database, "SELECT count(*) FROM (" + sql + ") AS counted").get(0));
    }

    /**
     * Every relation of the lakehouse but the state, with a digest of its content (row count and
     * a sum of row hashes), and the state's rows: equal snapshots mean nothing changed. The log of
     * runs ({@code _hooklake.runs}) is left out: every run is listed there, a failed or idle one too,
     * so that a query can look back at it; and so is {@code _hooklake.landed_views}, which only
     * remembers which version of each landed table the views were last pointed at when opening.
     */
    static Map<String, String> snapshot(Path database) {
        Map<String, String> snapshot = new TreeMap<>();
        for (String relation : rows(database, "SELECT table_schema || '.' || table_name || '|' || table_type"
                + " FROM information_schema.tables WHERE table_catalog = 'lake' ORDER BY 1")) {
            String[] parts = relation.split("\\|");
            String name = parts[0];
            if (name.equals("_hooklake.runs") || name.equals("_hooklake.landed_views")) {
                continue;
            }
            String quoted = "\"" + name.replace(".", "\".\"") + "\"";
            snapshot.put(name, parts[1] + " " + rows(database, IndependentReader.digestSql(quoted)).get(0));
        }
        snapshot.put("state", String.join("\n", rows(database,
                "SELECT * FROM _hooklake.model_state ORDER BY schema_name, model_name")));
        return snapshot;
    }

    /**
     * For each table whose content digest (row count and the sum of its rows' hashes) differs
     * between two lakehouses, both digests; a cheaper check than {@link #differences} for large
     * lakehouses.
     */
    static Map<String, String> digestDifferences(Path a, Path b, List<ModelName> tables) {
        Map<String, String> differences = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            attach(s, a, b);
            differingDigests(s, tables).forEach((table, digests) -> differences.put(table.qualified(), digests));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return differences;
    }

    /**
     * For each table, how many rows differ between two lakehouses (EXCEPT ALL both ways); tables
     * that are equal are left out. The digests of all tables are compared first, and rows counted
     * only where they differ: EXCEPT ALL costs 10-20 ms a table however small.
     */
    static Map<String, Long> differences(Path a, Path b, List<ModelName> tables) {
        Map<String, Long> differences = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            attach(s, a, b);
            for (ModelName table : differingDigests(s, tables).keySet()) {
                String left = relation("a", table);
                String right = relation("b", table);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM ((SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM "
                        + right + ") UNION ALL (SELECT * FROM " + right + " EXCEPT ALL SELECT * FROM " + left + "))")) {
                    rs.next();
                    differences.put(table.qualified(), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return differences;
    }

    private static void attach(Statement s, Path a, Path b) throws SQLException {
        s.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
        s.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
    }

    /**
     * The tables whose digests differ between the attached catalogs {@code a} and {@code b}, with
     * both digests ({@code <a> <> <b>}), in one statement for all tables.
     */
    private static Map<ModelName, String> differingDigests(Statement s, List<ModelName> tables) throws SQLException {
        Map<ModelName, String> differing = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return differing;
        }
        List<String> digests = new ArrayList<>();
        for (ModelName table : tables) {
            digests.add("SELECT " + digests.size() + " AS position, (" + IndependentReader.digestSql(relation("a", table))
                    + ") AS a, (" + IndependentReader.digestSql(relation("b", table)) + ") AS b");
        }
        try (ResultSet rs = s.executeQuery(String.join(" UNION ALL ", digests) + " ORDER BY position")) {
            while (rs.next()) {
                if (!rs.getString(2).equals(rs.getString(3))) {
                    differing.put(tables.get(rs.getInt(1)), rs.getString(2) + " <> " + rs.getString(3));
                }
            }
        }
        return differing;
    }

    private static String relation(String catalog, ModelName table) {
        return catalog + ".\"" + table.schema() + "\".\"" + table.name() + "\"";
    }
}
