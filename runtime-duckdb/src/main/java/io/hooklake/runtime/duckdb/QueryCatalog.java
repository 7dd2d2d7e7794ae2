package io.hooklake.runtime.duckdb;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableSnapshot;
import io.hooklake.runtime.duckdb.storage.ViewPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lakehouse rebuilt in an in-memory DuckDB database for one query of a Parquet, Delta or
 * Iceberg lakehouse, sandboxed as {@link QueryRunner}'s: the lakehouse database is attached
 * read-only, its state tables copied and its views recreated, then detached; a table's view reads
 * the files of the version current at the query's moment ({@link AsOf}), or, for a copied or moved
 * lakehouse read now, the same files as its view names, below the current folder
 * ({@link ViewPaths}). Views of view models are recreated as they are; the configuration is locked
 * before the user's statement runs.
 */
final class QueryCatalog {

    private static final String ATTACHED = "hooklake_lakehouse";

    private QueryCatalog() {
    }

    /** True when a table's view in the (open, sandboxed) lakehouse database names files of another folder. */
    static boolean moved(Connection connection, Path directory) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name, view_name,"
                + " sql FROM duckdb_views() WHERE NOT internal AND NOT temporary AND sql LIKE '%/tables/%'")) {
            while (rs.next()) {
                String sql = rs.getString(3);
                if (!ViewPaths.relocate(sql, rs.getString(1), rs.getString(2), directory).equals(sql)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A sandboxed in-memory connection holding the lakehouse at {@code asOf}; {@code log} and
     * {@code names} may be null when {@code asOf} is now.
     */
    static Connection open(Path directory, Path database, TableLog log, SqlNames names, AsOf asOf) throws SQLException {
        Connection connection = DuckDb.memory(QueryRunner.sandbox(directory, false));
        try {
            build(connection, directory, database, log, names, asOf);
            execute(connection, "SET lock_configuration = true");
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private record View(String schema, String name, String sql) {
    }

    private static void build(Connection connection, Path directory, Path database, TableLog log, SqlNames names,
            AsOf asOf) throws SQLException {
        execute(connection, "ATTACH " + QueryRunner.literal(database.toString()) + " AS " + ATTACHED + " (READ_ONLY)");
        Optional<Instant> moment = moment(connection, directory, asOf);
        List<String> schemas = strings(connection, "SELECT schema_name FROM duckdb_schemas() WHERE database_name = '"
                + ATTACHED + "' AND NOT internal ORDER BY schema_name");
        List<String> tables = strings(connection, "SELECT schema_name || '.' || table_name FROM duckdb_tables()"
                + " WHERE database_name = '" + ATTACHED + "' AND NOT internal ORDER BY 1");
        List<View> views = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name, view_name, sql"
                + " FROM duckdb_views() WHERE database_name = '" + ATTACHED + "' AND NOT internal ORDER BY 1, 2")) {
            while (rs.next()) {
                views.add(new View(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        for (String schema : schemas) {
            execute(connection, "CREATE SCHEMA IF NOT EXISTS memory." + quoted(schema));
        }
        for (String table : tables) {
            String[] parts = table.split("\\.", 2);
            String name = quoted(parts[0]) + "." + quoted(parts[1]);
            execute(connection, "CREATE TABLE memory." + name + " AS SELECT * FROM " + ATTACHED + "." + name);
        }
        Set<TableId> formatTables = new HashSet<>();
        if (moment.isPresent()) {
            for (String schema : schemas) {
                formatTables.addAll(log.list(null, schema));
            }
        }
        execute(connection, "DETACH " + ATTACHED);
        List<String> pending = new ArrayList<>();
        for (View view : views) {
            TableId id = new TableId(view.schema(), view.name());
            if (moment.isPresent() && formatTables.contains(id)) {
                Optional<TableSnapshot> then = log.asOf(id, moment.get());
                if (then.isPresent()) {
                    for (String file : then.get().files()) {
                        if (!Files.isRegularFile(Path.of(file))) {
                            throw new LakehouseException(ErrorCode.VERSION_GONE, "table " + id.qualified() + " as of "
                                    + describe(asOf, moment.get()) + " (version " + then.get().version() + ") is gone: its"
                                    + " file " + file + " was removed (vacuumed or deleted); look back at a later run or"
                                    + " time, or restore the file");
                        }
                    }
                    execute(connection, "CREATE VIEW " + quoted(view.schema()) + "." + quoted(view.name()) + " AS "
                            + FileTableStorage.viewSelect(names, then.get().columns(), then.get().files()));
                }
            } else {
                pending.add(ViewPaths.relocate(view.sql(), view.schema(), view.name(), directory));
            }
        }
        // A view reads others: create them until none more can be (a view over a table that did not exist then stays out).
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (String sql : List.copyOf(pending)) {
                try {
                    execute(connection, sql);
                    pending.remove(sql);
                    progress = true;
                } catch (SQLException e) {
                    // its parents are not there yet
                }
            }
        }
    }

    /** The moment of {@code asOf}, empty for now; checked against the runs the lakehouse recorded. */
    private static Optional<Instant> moment(Connection connection, Path directory, AsOf asOf) throws SQLException {
        if (asOf instanceof AsOf.Now) {
            return Optional.empty();
        }
        List<String[]> runs = new ArrayList<>();
        if (!strings(connection, "SELECT table_name FROM duckdb_tables() WHERE database_name = '" + ATTACHED
                + "' AND schema_name = '" + StateTables.SCHEMA + "' AND table_name = 'runs'").isEmpty()) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT run_id,"
                    + " CAST(finished AS VARCHAR) FROM " + ATTACHED + "." + StateTables.SCHEMA + ".runs ORDER BY finished")) {
                while (rs.next()) {
                    runs.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        if (runs.isEmpty()) {
            throw new LakehouseException(ErrorCode.AS_OF_UNKNOWN, "the lakehouse at " + directory + " has recorded no run"
                    + " yet, so there is nothing earlier to look back at (runs are recorded from Hooklake 0.2.0 on)");
        }
        Instant moment;
        if (asOf instanceof AsOf.Run run) {
            moment = runs.stream().filter(r -> r[0].equals(run.runId().strip())).findFirst()
                    .map(r -> instant(r[1])).orElseThrow(() -> new LakehouseException(ErrorCode.AS_OF_UNKNOWN,
                            "the lakehouse at " + directory + " has no run " + run.runId() + "; its latest runs: "
                                    + String.join(", ", latest(runs)) + " (the run summary prints each run's id)"));
        } else {
            moment = ((AsOf.Time) asOf).moment();
            Instant first = instant(runs.get(0)[1]);
            if (moment.isBefore(first)) {
                throw new LakehouseException(ErrorCode.AS_OF_UNKNOWN, moment + " is before the first run of the lakehouse"
                        + " at " + directory + " (" + runs.get(0)[0] + ", finished " + first + "); give a later moment");
            }
        }
        return Optional.of(moment);
    }

    private static List<String> latest(List<String[]> runs) {
        List<String> ids = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0 && ids.size() < 5; i--) {
            ids.add(runs.get(i)[0]);
        }
        return ids;
    }

    private static String describe(AsOf asOf, Instant moment) {
        return asOf instanceof AsOf.Run run ? "run " + run.runId() + " (" + moment + ")" : moment.toString();
    }

    private static Instant instant(String utc) {
        return StateTables.parse(utc).toInstant(ZoneOffset.UTC);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
