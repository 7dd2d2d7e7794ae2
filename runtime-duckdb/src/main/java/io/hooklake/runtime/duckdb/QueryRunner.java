package io.hooklake.runtime.duckdb;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.QueryResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Runs one SQL text on a read-only connection to the lakehouse database; the caller holds the run lock. */
final class QueryRunner {

    private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.FLOAT, Types.REAL, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);

    private QueryRunner() {
    }

    static QueryResult query(Path database, String sql, int maxRows) {
        {
            if (!Files.isRegularFile(database)) {
                throw new LakehouseException(ErrorCode.QUERY_FAILED, "there is nothing to query yet: " + database
                        + " does not exist; ingest data and run the models first");
            }
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try (Connection connection = DuckDb.open(database, readOnly);
                    Statement statement = connection.createStatement()) {
                try {
                    if (!statement.execute(sql)) {
                        return new QueryResult(List.of(), List.of(), List.of(), false);
                    }
                    try (ResultSet rs = statement.getResultSet()) {
                        return read(rs, maxRows);
                    }
                } catch (SQLException e) {
                    throw new LakehouseException(ErrorCode.QUERY_FAILED, "the query failed: " + e.getMessage().strip(), e);
                }
            } catch (SQLException e) {
                throw new LakehouseException(ErrorCode.DATABASE_FAILED, "cannot open " + database + " to read: " + e.getMessage(), e);
            }
        }
    }

    private static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
            numeric.add(NUMERIC.contains(meta.getColumnType(c)));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<String> row = new ArrayList<>(columns.size());
            for (int c = 1; c <= columns.size(); c++) {
                String value = rs.getString(c);
                row.add(value == null ? "NULL" : value);
            }
            rows.add(row);
        }
        return new QueryResult(columns, numeric, rows, truncated);
    }
}
