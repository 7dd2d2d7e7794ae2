package io.hooklake.runtime;

import io.delta.kernel.engine.Engine;
import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;

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

    /**
     * {@link #digest} of each of {@code tables}, keyed by qualified name: one catalog or Delta
     * engine and one DuckDB connection for all of them, as digesting a few hundred tables one
     * connection at a time takes minutes.
     */
    static Map<String, String> digests(io.hooklake.runtime.TableFormat format, Path lakehouse, List<ModelName> tables)
            throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (JdbcCatalog catalog = format == io.hooklake.runtime.TableFormat.ICEBERG ? IcebergReader.catalog(lakehouse) : null;
                Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Engine delta = format == io.hooklake.runtime.TableFormat.DELTA ? DeltaReader.engine() : null;
            for (ModelName table : tables) {
                try (ResultSet rs = s.executeQuery(digestSql(reader(files(format, lakehouse, table, delta, catalog))))) {
                    rs.next();
                    digests.put(table.qualified(), rs.getString(1));
                }
            }
        }
        return digests;
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
        return files(format, lakehouse, table, format == io.hooklake.runtime.TableFormat.DELTA ? DeltaReader.engine() : null,
                format == io.hooklake.runtime.TableFormat.ICEBERG ? IcebergReader.catalog(lakehouse) : null);
    }

    /** The live files of {@code table}, read with an open Delta engine or Iceberg catalog (the one its format needs). */
    private static List<String> files(io.hooklake.runtime.TableFormat format, Path lakehouse, ModelName table, Engine delta,
            JdbcCatalog catalog) {
        Path folder = lakehouse.resolve("tables").resolve(table.schema()).resolve(table.name());
        return switch (format) {
            case PARQUET -> List.of(folder.resolve("*.parquet").toString());
            case DELTA -> DeltaReader.files(delta, folder);
            case ICEBERG -> IcebergReader.files(catalog.loadTable(TableIdentifier.of(table.schema(), table.name())));
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
