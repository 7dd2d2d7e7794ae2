package io.hooklake.runtime.spark;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.generator.contract.Statement;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.duckdb.StateTables;
import io.hooklake.runtime.engine.ModelChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * One model's change on Spark. Spark commits each Delta or Iceberg write at once, so the change
 * keeps what it needs to undo: the version of every table it wrote before it did (a rollback
 * restores that version, {@link SparkTables#restore}, or removes a table that did not exist), the
 * view models it replaced. The run state, the DuckDB views of the tables written and the Spark SQL
 * of views commit in one DuckDB transaction after the table commits; a recovery marker ({@link LakehouseDatabase#mark}) covers a
 * process that dies in between, as in the DuckDB engine: the next open points the views at the
 * committed versions and the next run redoes the model on top of them.
 */
final class SparkModelChange implements ModelChange {

    private final SparkSession spark;
    private final Connection connection;
    private final LakehouseDatabase database;
    private final SparkTables tables;
    private final Dialect sql = Dialect.spark();

    /** Each table written, with its version before (empty: it did not exist). */
    private final Map<ModelName, OptionalLong> written = new LinkedHashMap<>();
    /** Tables taken out of Spark's catalog, deleted when the change commits. */
    private final List<ModelName> droppedTables = new ArrayList<>();
    /** View models replaced (their SQL) or dropped (null), with their SQL before (null: none). */
    private final Map<ModelName, String> views = new LinkedHashMap<>();
    private final Map<ModelName, String> viewsBefore = new LinkedHashMap<>();
    private final List<ModelState> states = new ArrayList<>();
    private final List<ModelName> deletedStates = new ArrayList<>();
    /** Loads appended, recorded when the change commits. */
    private final List<String[]> loads = new ArrayList<>();

    SparkModelChange(SparkSession spark, Connection connection, LakehouseDatabase database, SparkTables tables) {
        this.spark = spark;
        this.connection = connection;
        this.database = database;
        this.tables = tables;
    }

    @Override
    public void drop(ModelName model, Materialization materialization) throws SQLException {
        if (materialization == Materialization.VIEW) {
            rememberView(model);
            run("DROP VIEW IF EXISTS " + sql.relation(model));
            views.put(model, null);
        } else {
            tables.unregister(spark, model);
            droppedTables.add(model);
        }
    }

    @Override
    public void replaceView(CompiledModel model) throws SQLException {
        rememberView(model.name());
        run("CREATE OR REPLACE VIEW " + sql.relation(model.name()) + " AS\n" + model.statement().sql());
        views.put(model.name(), model.statement().sql());
    }

    private void rememberView(ModelName view) throws SQLException {
        if (!viewsBefore.containsKey(view)) {
            viewsBefore.put(view, database.sparkViews(connection).get(view));
        }
    }

    @Override
    public long replaceTable(CompiledModel model) throws SQLException {
        ModelName name = model.name();
        beforeWrite(name, Map.of());
        run("CREATE OR REPLACE TABLE " + tables.relation(name) + " " + tables.storedAs(name) + " AS\n"
                + model.statement().sql());
        tables.registered(name);
        return rowsWritten(name);
    }

    @Override
    public long collectAffected(IncrementalStatements statements, LocalDateTime after, LocalDateTime until)
            throws SQLException {
        dropAffected(statements);
        String affected = sql.relation(statements.affectedRelation());
        Observation entities = new Observation();
        try {
            spark.sql(SparkParameters.bind(statements.affected().sql(), StateTables.format(after), StateTables.format(until)))
                    .observe(entities, functions.count(functions.lit(1))).write().format("parquet").saveAsTable(affected);
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
        return observedOrCounted(entities, "SELECT count(*) FROM " + affected);
    }

    @Override
    public Applied applyIncremental(CompiledModel model, IncrementalStatements statements, long rowsBefore)
            throws SQLException {
        ModelName name = model.name();
        String columns = model.columns().stream().map(c -> sql.quoted(c.name())).collect(Collectors.joining(", "));
        beforeWrite(name, Map.of());
        // The rows of unaffected entities, then the recomputed ones, as one overwrite (copy-on-write, as the DuckDB
        // engine writes a table format). The recomputed rows are counted as they pass (an observation, no job of its
        // own); where the server does not report it (Spark Connect's Delta writes), they are counted afterwards.
        Observation recomputed = new Observation();
        try {
            spark.sql("SELECT " + columns + " FROM (" + statements.kept().sql() + ") AS kept_rows")
                    .unionAll(spark.sql("SELECT " + columns + " FROM (" + statements.rows().sql() + ") AS new_rows")
                            .observe(recomputed, functions.count(functions.lit(1))))
                    .write().mode(SaveMode.Overwrite).insertInto(tables.relation(name));
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
        long rows = rowsWritten(name);
        return new Applied(rows, observedOrCounted(recomputed, "SELECT count(*) FROM " + tables.relation(name) + " WHERE "
                + sql.identifier(statements.entityColumn()) + " IN (SELECT entity FROM "
                + sql.relation(statements.affectedRelation()) + ")"));
    }

    /**
     * The one count an observation took; where the write did not report it within 100 ms (a data
     * source that runs a query of its own, as Delta does on a Spark Connect server, reports an empty
     * row), the count of {@code countStatement}.
     */
    private long observedOrCounted(Observation observation, String countStatement) throws SQLException {
        scala.Option<Row> metrics = observation.getRowOrEmpty();
        return metrics.isDefined() && metrics.get().size() == 1 && metrics.get().get(0) instanceof Number n
                ? n.longValue() : count(countStatement);
    }

    @Override
    public void dropAffected(IncrementalStatements statements) throws SQLException {
        run("DROP TABLE IF EXISTS " + sql.relation(statements.affectedRelation()));
    }

    @Override
    public AuditOutcome audit(Statement audit) throws SQLException {
        Row row = first(audit.sql());
        return new AuditOutcome(((Number) row.get(0)).longValue(), row.isNullAt(1) ? null : String.valueOf(row.get(1)));
    }

    @Override
    public DataCheckOutcome checkData(Statement check, LocalDateTime after, LocalDateTime until) throws SQLException {
        Row row = first(SparkParameters.bind(check.sql(), after == null ? null : StateTables.format(after),
                StateTables.format(until)));
        return new DataCheckOutcome(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                row.isNullAt(2) ? null : String.valueOf(row.get(2)), ((Number) row.get(3)).longValue(),
                row.isNullAt(4) ? null : String.valueOf(row.get(4)));
    }

    @Override
    public void writeState(ModelState state) {
        states.add(state);
    }

    @Override
    public void deleteState(ModelName model) {
        deletedStates.add(model);
    }

    /**
     * Appends one load to the landed table {@code relation} (created when missing with
     * {@code columns}): the rows of {@code select}, already cast; returns the rows appended.
     */
    long append(ModelName relation, List<ModelColumn> columns, String select, Map<String, String> load) throws SQLException {
        beforeWrite(relation, load);
        if (!tables.exists(relation)) {
            run("CREATE DATABASE IF NOT EXISTS " + sql.identifier(relation.schema()));
            run("CREATE TABLE IF NOT EXISTS " + tables.relation(relation) + " ("
                    + columns.stream().map(c -> sql.quoted(c.name()) + " " + SparkTypes.of(c.type()))
                            .collect(Collectors.joining(", "))
                    + ") " + tables.storedAs(relation));
            tables.registered(relation);
        } else {
            tables.register(spark, relation);
        }
        long version = tables.version(relation).orElseThrow();
        run("INSERT INTO " + tables.relation(relation) + " " + select);
        long after = tables.version(relation).orElseThrow();
        if (after == version) {
            return 0;
        }
        OptionalLong appended = tables.rowsWritten(relation, after);
        // No metrics in the commit: the rows now less those of the version before.
        return appended.isPresent() ? appended.getAsLong()
                : count("SELECT count(*) FROM " + tables.relation(relation)) - count("SELECT count(*) FROM "
                        + tables.relationAt(relation, version));
    }

    /** Records a load when the change commits. */
    void recordLoad(ModelName relation, String value, String loadTime, long rows) {
        loads.add(new String[] {relation.qualified(), value, loadTime, Long.toString(rows)});
    }

    /** Before the first write of {@code table} in this change: its version, and the recovery marker. */
    private void beforeWrite(ModelName table, Map<String, String> properties) {
        if (!written.containsKey(table)) {
            written.put(table, tables.version(table));
            database.mark(table, properties);
        }
    }

    @Override
    public void commit() throws SQLException {
        for (String schema : written.keySet().stream().map(ModelName::schema).distinct().toList()) {
            database.ensureSchema(connection, schema);
        }
        connection.setAutoCommit(false);
        try {
            for (ModelName table : written.keySet()) {
                database.pointView(connection, table);
            }
            for (ModelName table : droppedTables) {
                database.dropView(connection, table);
            }
            for (var view : views.entrySet()) {
                if (view.getValue() == null) {
                    database.deleteSparkView(connection, view.getKey());
                } else {
                    database.saveSparkView(connection, view.getKey(), view.getValue());
                }
            }
            for (String[] load : loads) {
                int dot = load[0].indexOf('.');
                database.recordLoad(connection, new ModelName(load[0].substring(0, dot), load[0].substring(dot + 1)), load[1],
                        load[2], Long.parseLong(load[3]));
            }
            for (ModelName model : deletedStates) {
                StateTables.delete(connection, model);
            }
            for (ModelState state : states) {
                StateTables.write(connection, state);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        for (ModelName table : droppedTables) {
            tables.deleteFiles(table);
        }
        written.keySet().forEach(database::unmark);
    }

    @Override
    public void rollback(Exception cause) {
        List<ModelName> undone = new ArrayList<>(written.keySet());
        java.util.Collections.reverse(undone);
        for (ModelName table : undone) {
            try {
                OptionalLong before = written.get(table);
                if (before.isEmpty()) {
                    tables.unregister(spark, table);
                    tables.deleteFiles(table);
                } else if (!tables.version(table).equals(before)) {
                    tables.restore(spark, table, before.getAsLong());
                }
                database.unmark(table);
            } catch (RuntimeException e) {
                suppress(cause, e);
            }
        }
        for (ModelName table : droppedTables) {
            try {
                tables.register(spark, table);
            } catch (RuntimeException e) {
                suppress(cause, e);
            }
        }
        for (var view : viewsBefore.entrySet()) {
            try {
                if (view.getValue() == null) {
                    run("DROP VIEW IF EXISTS " + sql.relation(view.getKey()));
                } else {
                    run("CREATE OR REPLACE VIEW " + sql.relation(view.getKey()) + " AS\n" + view.getValue());
                }
            } catch (SQLException | RuntimeException e) {
                suppress(cause, e);
            }
        }
    }

    private static void suppress(Exception cause, Exception e) {
        if (cause != null) {
            cause.addSuppressed(e);
        }
    }

    private void run(String statement) throws SQLException {
        try {
            spark.sql(statement).collectAsList();
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
    }

    /** The rows the table's latest commit wrote (all of them, after a replacing write), counted when the format recorded none. */
    private long rowsWritten(ModelName table) throws SQLException {
        OptionalLong rows = tables.rowsWritten(table, tables.version(table).orElseThrow());
        return rows.isPresent() ? rows.getAsLong() : count("SELECT count(*) FROM " + tables.relation(table));
    }

    private long count(String statement) throws SQLException {
        return ((Number) first(statement).get(0)).longValue();
    }

    private Row first(String statement) throws SQLException {
        try {
            List<Row> rows = spark.sql(statement).collectAsList();
            if (rows.isEmpty()) {
                throw new SQLException("the statement returned no row");
            }
            return rows.get(0);
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
    }
}
