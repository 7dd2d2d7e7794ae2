package io.hooklake.runtime.duckdb;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.Fingerprint;
import io.hooklake.runtime.ModelState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The run state, kept in the lakehouse database itself (schema {@value #SCHEMA}) so that a
 * model's change and its state commit in one transaction:
 * <ul>
 *   <li>{@code model_state}: one row per built model (fingerprints, watermark, run, rows);</li>
 *   <li>{@code loads}: one row per load appended to a landing relation, with its load time;</li>
 *   <li>{@code runs}: one row per run, when it started and finished (UTC), for queries that look back.</li>
 * </ul>
 */
public final class StateTables {

    public static final String SCHEMA = "_hooklake";

    public static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private StateTables() {
    }

    public static void ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".model_state (schema_name VARCHAR NOT NULL,"
                    + " model_name VARCHAR NOT NULL, kind VARCHAR NOT NULL, materialization VARCHAR NOT NULL,"
                    + " fingerprint VARCHAR NOT NULL, own_fingerprint VARCHAR NOT NULL, watermark TIMESTAMP,"
                    + " run_id VARCHAR NOT NULL, row_count BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".loads (relation VARCHAR NOT NULL,"
                    + " load_value VARCHAR NOT NULL, load_time TIMESTAMP NOT NULL, row_count BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".runs (run_id VARCHAR NOT NULL,"
                    + " started TIMESTAMP NOT NULL, finished TIMESTAMP NOT NULL)");
        }
    }

    public static Map<ModelName, ModelState> read(Connection connection) throws SQLException {
        Map<ModelName, ModelState> states = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT schema_name, model_name, kind, materialization, fingerprint,"
                        + " own_fingerprint, CAST(watermark AS VARCHAR), run_id, row_count FROM " + SCHEMA
                        + ".model_state ORDER BY schema_name, model_name")) {
            while (rs.next()) {
                ModelName name = new ModelName(rs.getString(1), rs.getString(2));
                states.put(name, new ModelState(name, ModelKind.valueOf(rs.getString(3)),
                        Materialization.valueOf(rs.getString(4)), new Fingerprint(rs.getString(5)),
                        new Fingerprint(rs.getString(6)), Optional.ofNullable(rs.getString(7)).map(StateTables::parse),
                        rs.getString(8), rs.getLong(9)));
            }
        }
        return states;
    }

    /** Replaces a model's state; call inside the model's transaction. */
    public static void write(Connection connection, ModelState state) throws SQLException {
        delete(connection, state.name());
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + SCHEMA
                + ".model_state VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?, ?)")) {
            p.setString(1, state.name().schema());
            p.setString(2, state.name().name());
            p.setString(3, state.kind().name());
            p.setString(4, state.materialization().name());
            p.setString(5, state.fingerprint().hex());
            p.setString(6, state.ownFingerprint().hex());
            p.setString(7, state.watermark().map(StateTables::format).orElse(null));
            p.setString(8, state.runId());
            p.setLong(9, state.rowCount());
            p.executeUpdate();
        }
    }

    public static void delete(Connection connection, ModelName name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "DELETE FROM " + SCHEMA + ".model_state WHERE schema_name = ? AND model_name = ?")) {
            p.setString(1, name.schema());
            p.setString(2, name.name());
            p.executeUpdate();
        }
    }

    /** True when load {@code load} (its value as text) of the relation {@code qualified} is recorded. */
    public static boolean loadRecorded(Connection connection, String qualified, String load) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + SCHEMA
                + ".loads WHERE relation = ? AND load_value = ?")) {
            p.setString(1, qualified);
            p.setString(2, load);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The latest load time over every landed load, empty when nothing was landed. */
    public static Optional<LocalDateTime> highWaterMark(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT CAST(max(load_time) AS VARCHAR) FROM " + SCHEMA + ".loads")) {
            rs.next();
            return Optional.ofNullable(rs.getString(1)).map(StateTables::parse);
        }
    }

    /** The latest load time of each landed relation that has a load. */
    public static Map<ModelName, LocalDateTime> latestLoads(Connection connection) throws SQLException {
        Map<ModelName, LocalDateTime> latest = new java.util.HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT relation, CAST(max(load_time) AS VARCHAR) FROM " + SCHEMA
                        + ".loads GROUP BY relation")) {
            while (rs.next()) {
                String relation = rs.getString(1);
                int dot = relation.indexOf('.');
                latest.put(new ModelName(relation.substring(0, dot), relation.substring(dot + 1)), parse(rs.getString(2)));
            }
        }
        return latest;
    }

    /** Records a run (UTC times). */
    public static void recordRun(Connection connection, String runId, java.time.Instant started,
            java.time.Instant finished) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + SCHEMA
                + ".runs VALUES (?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))")) {
            p.setString(1, runId);
            p.setString(2, format(LocalDateTime.ofInstant(started, java.time.ZoneOffset.UTC)));
            p.setString(3, format(LocalDateTime.ofInstant(finished, java.time.ZoneOffset.UTC)));
            p.executeUpdate();
        }
    }

    public static LocalDateTime parse(String timestamp) {
        return LocalDateTime.parse(timestamp.replace(' ', 'T'));
    }

    public static String format(LocalDateTime timestamp) {
        return timestamp.format(MICROS);
    }
}
