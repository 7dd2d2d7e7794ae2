package io.hooklake.runtime.spark;

import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.duckdb.StateTables;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.engine.ModelChange;
import io.hooklake.runtime.engine.Session;
import io.hooklake.runtime.landing.InputFiles;
import io.hooklake.runtime.landing.LossyScan;
import io.hooklake.runtime.landing.LossyValues;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * One connection to a lakehouse run by Spark: the lakehouse's Spark session (shared by the
 * workers of a run; Spark runs their statements side by side) and a DuckDB connection of its own
 * to the lakehouse database, for the run state.
 */
final class SparkSqlSession implements Session {

    private static final AtomicLong INPUTS = new AtomicLong();

    private final SparkSession spark;
    private final Connection connection;
    private final LakehouseDatabase database;
    private final SparkTables tables;
    private final Dialect sql = Dialect.spark();

    SparkSqlSession(SparkSession spark, Connection connection, LakehouseDatabase database, SparkTables tables) {
        this.spark = spark;
        this.connection = connection;
        this.database = database;
        this.tables = tables;
    }

    /** Makes the view models in Spark's catalog again (it forgets them when the JVM ends), in the order they were made. */
    void restoreViews() throws SQLException {
        for (var view : database.sparkViews(connection).entrySet()) {
            if (!spark.catalog().tableExists(view.getKey().qualified())) {
                try {
                    spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(view.getKey().schema()));
                    spark.sql("CREATE OR REPLACE VIEW " + sql.relation(view.getKey()) + " AS\n" + view.getValue());
                } catch (RuntimeException e) {
                    throw SparkFailures.of(e);
                }
            }
        }
    }

    @Override
    public Map<ModelName, ModelState> state() throws SQLException {
        return StateTables.read(connection);
    }

    @Override
    public Optional<LocalDateTime> highWaterMark() throws SQLException {
        return StateTables.highWaterMark(connection);
    }

    @Override
    public Optional<Map<ModelName, LocalDateTime>> latestLoads() throws SQLException {
        return Optional.of(StateTables.latestLoads(connection));
    }

    @Override
    public List<ModelName> missing(List<ModelName> relations) {
        return relations.stream().filter(r -> !spark.catalog().tableExists(r.qualified())).toList();
    }

    @Override
    public void createSchema(String schema) throws SQLException {
        try {
            spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(schema));
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
        database.ensureSchema(connection, schema);
    }

    @Override
    public Session worker() throws SQLException {
        return new SparkSqlSession(spark, database.connect(), database, tables);
    }

    @Override
    public ModelChange begin() {
        return change();
    }

    private SparkModelChange change() {
        return new SparkModelChange(spark, connection, database, tables);
    }

    @Override
    public Map<String, String> inputColumns(InputFiles files) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try {
            for (StructField field : read(files).schema().fields()) {
                columns.put(field.name(), field.dataType().sql());
            }
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
        return columns;
    }

    /**
     * The input's values that a cast to their declared types would change ({@link SparkLossyCasts}),
     * in one Spark job over the files; a value that does not convert at all fails it.
     */
    @Override
    public List<LossyValues> lossyValues(LandedTable table, InputFiles files, Map<String, String> found)
            throws SQLException {
        Optional<LossyScan> scan = LossyScan.of(inputSelect(files), table.payload(), found, SparkLossyCasts.SQL);
        if (scan.isEmpty()) {
            return List.of();
        }
        try {
            Row row = spark.sql(scan.get().sql()).collectAsList().get(0);
            return scan.get().lossy(row::get);
        } catch (RuntimeException e) {
            throw SparkFailures.of(e);
        }
    }

    @Override
    public String inputSelect(InputFiles files) {
        String view = "hooklake_input_" + INPUTS.incrementAndGet();
        read(files).createOrReplaceTempView(view);
        return "SELECT * FROM " + view;
    }

    /** The input files as Spark reads them: CSV with a header, columns of every file by name. */
    private Dataset<Row> read(InputFiles files) {
        String[] paths = files.files().stream().map(f -> f.toUri().toString()).toArray(String[]::new);
        DataFrameReader reader = spark.read();
        return switch (files.kind()) {
            case "parquet" -> reader.option("mergeSchema", paths.length > 1).parquet(paths);
            case "csv" -> reader.option("header", true).option("inferSchema", true).option("quote", "\"")
                    .option("escape", "\"").csv(paths);
            default -> reader.json(paths);
        };
    }

    @Override
    public boolean landed(ModelName relation, String load) throws SQLException {
        return StateTables.loadRecorded(connection, relation.qualified(), load);
    }

    @Override
    public LocalDateTime loadTime(LandedTable table, String load) throws SQLException {
        try {
            List<Row> rows = spark.sql(SparkParameters.bind("SELECT CAST(load_time AS STRING) FROM ("
                    + table.loadTime().sql() + ") AS converted", load)).collectAsList();
            return StateTables.parse(rows.get(0).getString(0));
        } catch (RuntimeException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "load value " + load + " of " + table.relation()
                    + " does not convert to its load column's type " + table.loadColumn().type() + ": "
                    + SparkFailures.of(e).getMessage(), e);
        }
    }

    @Override
    public long land(LandedTable table, String load, LocalDateTime loadTime, String select) throws SQLException {
        List<ModelColumn> columns = new ArrayList<>(table.payload());
        columns.add(table.loadColumn());
        String loadType = SparkTypes.of(table.loadColumn().type());
        String value;
        try {
            value = spark.sql("SELECT CAST(CAST(" + sql.literal(load) + " AS " + loadType + ") AS STRING)").collectAsList()
                    .get(0).getString(0);
        } catch (RuntimeException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "load value " + load + " of " + table.relation()
                    + " does not convert to its load column's type " + table.loadColumn().type() + ": "
                    + SparkFailures.of(e).getMessage(), e);
        }
        String full = "SELECT " + table.payload().stream()
                .map(c -> "CAST(" + sql.quoted(c.name()) + " AS " + SparkTypes.of(c.type()) + ") AS " + sql.quoted(c.name()))
                .collect(Collectors.joining(", ")) + ", CAST(" + sql.literal(load) + " AS " + loadType + ") AS "
                + sql.quoted(table.loadColumn().name()) + " FROM (" + select + ") AS incoming";
        Map<String, String> marker = new LinkedHashMap<>();
        marker.put(FileTableStorage.LOAD_VALUE, value);
        marker.put(FileTableStorage.LOAD_TIME, StateTables.format(loadTime));
        marker.put(FileTableStorage.LOAD_COLUMN, table.loadColumn().name());
        SparkModelChange change = change();
        try {
            long rows;
            try {
                rows = change.append(table.relation(), columns, full, marker);
            } catch (SQLException e) {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot land load " + load + " of "
                        + table.relation().qualified() + ": " + e.getMessage(), e);
            }
            change.recordLoad(table.relation(), value, StateTables.format(loadTime), rows);
            change.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            change.rollback(e);
            throw e;
        }
    }

    @Override
    public void recordRun(String runId, Instant started, Instant finished) throws SQLException {
        StateTables.recordRun(connection, runId, started, finished);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
