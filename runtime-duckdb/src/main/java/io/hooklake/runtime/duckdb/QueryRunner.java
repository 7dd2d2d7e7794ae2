package io.hooklake.runtime.duckdb;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Runs one query on a sandboxed, read-only connection to the lakehouse database; the caller holds
 * a reader's lock.
 *
 * <p>The sandbox has two walls. DuckDB itself is opened read-only, with file access limited to
 * the lakehouse folder ({@code enable_external_access = false} and {@code allowed_directories}),
 * no extension loaded or installed, and its configuration locked, so no statement can read a file
 * elsewhere, attach a database or change a setting. And the text must be exactly one
 * {@code SELECT} (or {@code DESCRIBE}, {@code SHOW}, {@code SUMMARIZE}), as DuckDB's own parser
 * reads it, so nothing is written, not even inside the lakehouse ({@code COPY}, {@code EXPORT}).
 */
final class QueryRunner {

    private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.FLOAT, Types.REAL, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);

    /** Statements DuckDB runs as a table of rows but does not call a SELECT: run inside one. */
    private static final Pattern TABLE_STATEMENT = Pattern.compile("(?is)^(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*"
            + "(DESCRIBE|SHOW|SUMMARIZE)\\b.*");

    private static final Pattern TRAILING = Pattern.compile("(?s)(?:\\s|;|--[^\\n]*(?:\\n|$))*$");

    private QueryRunner() {
    }

    static QueryResult query(Path directory, Path database, String sql, int maxRows, Duration timeLimit) {
        if (!Files.isRegularFile(database)) {
            throw new LakehouseException(ErrorCode.QUERY_FAILED, "there is nothing to query yet: " + database
                    + " does not exist; ingest data and run the models first");
        }
        try (Connection connection = DuckDb.open(database, sandbox(directory, true))) {
            if (QueryCatalog.moved(connection, directory)) {
                connection.close();
                try (Connection relocated = QueryCatalog.open(directory, database, null, null, AsOf.now())) {
                    return query(relocated, sql, maxRows, timeLimit);
                }
            }
            return query(connection, sql, maxRows, timeLimit);
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.DATABASE_FAILED, "cannot open " + database + " to read: "
                    + e.getMessage(), e);
        }
    }

    /** Checks and runs {@code sql} on a sandboxed connection. */
    static QueryResult query(Connection connection, String sql, int maxRows, Duration timeLimit) throws SQLException {
        String statement = checked(connection, sql);
        return run(connection, statement, maxRows, timeLimit);
    }

    /**
     * DuckDB's settings of a connection that reads the lakehouse's tables and nothing else; with
     * {@code locked} false, the caller sets {@code lock_configuration} once it has prepared the
     * connection (an in-memory one, {@link QueryCatalog}).
     */
    static Properties sandbox(Path directory, boolean locked) {
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add(folder(directory.toAbsolutePath().normalize()));
        try {
            allowed.add(folder(directory.toRealPath()));
        } catch (IOException e) {
            // the folder exists (the database was found in it); its plain path is enough
        }
        Properties properties = new Properties();
        if (locked) {
            properties.setProperty("duckdb.read_only", "true");
        }
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("allowed_directories", allowed.stream().map(QueryRunner::literal)
                .reduce((a, b) -> a + ", " + b).map(list -> "[" + list + "]").orElseThrow());
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        if (locked) {
            properties.setProperty("lock_configuration", "true");
        }
        return properties;
    }

    private static String folder(Path path) {
        String text = path.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    static String literal(String text) {
        return SqlNames.literal(text);
    }

    /**
     * The statement to execute for {@code sql}: itself when DuckDB's parser reads exactly one
     * SELECT in it, wrapped in one for DESCRIBE, SHOW and SUMMARIZE.
     *
     * @throws LakehouseException {@code LH315} for anything else, {@code LH307} when it does not parse
     */
    private static String checked(Connection connection, String sql) throws SQLException {
        String text = TRAILING.matcher(sql).replaceFirst("");
        if (text.isBlank()) {
            throw new LakehouseException(ErrorCode.QUERY_REFUSED, "the query is empty; give one SELECT statement");
        }
        String statement = TABLE_STATEMENT.matcher(text).matches() ? "SELECT * FROM (" + text + "\n)" : text;
        try (PreparedStatement parse = connection.prepareStatement("SELECT j->>'$.error' = 'true', j->>'$.error_type',"
                + " j->>'$.error_message', json_array_length(j, '$.statements')"
                + " FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
            parse.setString(1, statement);
            try (ResultSet rs = parse.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    String type = rs.getString(2);
                    String message = rs.getString(3);
                    if ("parser".equals(type)) {
                        throw new LakehouseException(ErrorCode.QUERY_FAILED, "the query does not parse: " + message);
                    }
                    throw new LakehouseException(ErrorCode.QUERY_REFUSED, "the query is not read-only: "
                            + firstWord(text) + " is refused; a query reads the lakehouse's tables with one SELECT"
                            + " (or DESCRIBE, SHOW, SUMMARIZE) and changes nothing");
                }
                long statements = rs.getLong(4);
                if (statements != 1) {
                    throw new LakehouseException(ErrorCode.QUERY_REFUSED, "the query holds " + statements
                            + " statements; give one at a time");
                }
            }
        }
        return statement;
    }

    private static String firstWord(String text) {
        String stripped = text.strip().replaceAll("(?s)^(--[^\\n]*\\n|/\\*.*?\\*/|\\s)+", "");
        String word = stripped.split("[\\s(;]+", 2)[0];
        return word.isEmpty() ? "the statement" : word.toUpperCase(Locale.ROOT);
    }

    private static QueryResult run(Connection connection, String sql, int maxRows, Duration timeLimit) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hooklake-query-time-limit");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean stopped = new AtomicBoolean();
        try (Statement statement = connection.createStatement()) {
            ScheduledFuture<?> limit = timer.schedule(() -> {
                stopped.set(true);
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    // the statement ended on its own meanwhile
                }
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (!statement.execute(sql)) {
                    return new QueryResult(List.of(), List.of(), List.of(), false);
                }
                try (ResultSet rs = statement.getResultSet()) {
                    return read(rs, maxRows);
                }
            } finally {
                limit.cancel(false);
            }
        } catch (SQLException e) {
            if (stopped.get()) {
                throw new LakehouseException(ErrorCode.QUERY_TIME_LIMIT, "the query ran longer than its time limit of "
                        + describe(timeLimit) + " and was stopped; narrow it, or give a longer limit", e);
            }
            throw new LakehouseException(ErrorCode.QUERY_FAILED, "the query failed: " + e.getMessage().strip(), e);
        } finally {
            timer.shutdownNow();
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
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
