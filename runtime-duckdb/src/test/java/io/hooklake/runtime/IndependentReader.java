package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a lakehouse table without the lakehouse: the format's own library lists the live files
 * of the current version (Delta Kernel with its Hadoop engine, Iceberg's JDBC catalog, the folder
 * for plain Parquet) and checks its own row count; a fresh in-memory DuckDB reads just those files.
 */
final class IndependentReader {

    private IndependentReader() {
    }

    /** Row count and sum of row hashes, as {@link #digestSql} computes them. */
    static String digestSql(String relation) {
        return "SELECT count(*) || ' ' || coalesce(CAST(sum(CAST(hash(t) AS HUGEINT)) AS VARCHAR), '-') FROM " + relation
                + " AS t";
    }

    static String digest(io.hooklake.runtime.TableFormat format, Path lakehouse, ModelName table) throws SQLException {
        List<String> files = files(format, lakehouse, table);
        return query(digestSql(reader(files))).get(0);
    }

    /** Column name and DuckDB type of the files, in order. */
    static List<String> schema(io.hooklake.runtime.TableFormat format, Path lakehouse, ModelName table) throws SQLException {
        List<String> files = files(format, lakehouse, table);
        return query("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM " + reader(files) + ")");
    }

    private static String reader(List<String> files) {
        return "read_parquet(" + files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "[", "]")) + ")";
    }

    static List<String> files(io.hooklake.runtime.TableFormat format, Path lakehouse, ModelName table) {
        Path folder = lakehouse.resolve("tables").resolve(table.schema()).resolve(table.name());
        return switch (format) {
            case PARQUET -> List.of(folder.resolve("*.parquet").toString());
            case DELTA -> DeltaReader.files(folder);
            case ICEBERG -> IcebergReader.files(lakehouse, table);
            case DUCKDB -> throw new IllegalArgumentException("no files");
        };
    }

    static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
