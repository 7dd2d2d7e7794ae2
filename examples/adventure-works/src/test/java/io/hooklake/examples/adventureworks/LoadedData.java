package io.hooklake.examples.adventureworks;

import io.hooklake.examples.adventureworks.Catalog.ForeignKey;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads generated loads back with DuckDB, for the tests. */
final class LoadedData implements AutoCloseable {

    final Path out;
    final int loads;
    final Connection connection;

    LoadedData(Path out, int loads) throws SQLException {
        this.out = out;
        this.loads = loads;
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    static Path project() {
        return Path.of(System.getProperty("hooklake.aw.project", Path.of("src", "main", "lakehouse").toString()));
    }

    static Project loadProject() {
        return ProjectLoader.load(project());
    }

    static Path shared() {
        return Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "..", "shared").toString()),
                "data", "adventure-works");
    }

    String file(String table, int load) {
        return "'" + out.resolve(LoadWriter.folder(load)).resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** All loads up to and including {@code load}. */
    String upTo(String table, int load) {
        return "read_parquet([" + IntStream.rangeClosed(1, load).mapToObj(l -> file(table, l)).collect(Collectors.joining(", ")) + "])";
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    /** Column name and type of a Parquet file, one per line as {@code name TYPE}. */
    List<String> schema(String file) throws SQLException {
        return strings("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(" + file + "))");
    }

    /** Rows of load {@code load} whose foreign key finds no row of the referenced table in loads 1 to {@code load}. */
    long unresolved(ForeignKey fk, int load) throws SQLException {
        return unresolved(fk, "read_parquet(" + file(fk.table(), load) + ")", upTo(fk.referenced(), load));
    }

    long unresolved(ForeignKey fk, String child, String parent) throws SQLException {
        String notNull = fk.columns().stream().map(c -> "c." + Catalog.quoted(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        List<String> on = new ArrayList<>();
        for (int k = 0; k < fk.columns().size(); k++) {
            on.add("p." + Catalog.quoted(fk.referencedColumns().get(k)) + " = c." + Catalog.quoted(fk.columns().get(k)));
        }
        return count("SELECT count(*) FROM " + child + " c WHERE " + notNull + " AND NOT EXISTS (SELECT 1 FROM " + parent
                + " p WHERE " + String.join(" AND ", on) + ")");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
