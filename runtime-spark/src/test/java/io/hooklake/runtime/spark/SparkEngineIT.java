package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.ModelFailedException;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.duckdb.SqlNames;
import io.hooklake.runtime.duckdb.iceberg.IcebergTableLog;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableLog.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geo project on Spark in local mode with Delta tables, in one lakehouse kept over three loads
 * (one Spark lakehouse rather than one per check: each run costs Spark a job per statement): after
 * load 1, a failing audit and a failing statement leave the lakehouse as it was, and input whose
 * values do not convert, or would change when cast, is refused and lands nothing; the runs after
 * loads 2 and 3 are incremental and finish the job; they equal a full rebuild over the three loads,
 * and every table equals the DuckDB engine's on the same loads. And Spark reads the DuckDB engine's
 * Iceberg tables through Iceberg's own Spark catalog.
 */
@Timeout(900)
class SparkEngineIT {

    @TempDir
    Path temp;

    private static Lakehouse spark(Path dir) {
        return Lakehouse.open(dir, TableFormat.DELTA, new SparkEngine(SparkSettings.local()));
    }

    /** Each model's rows as its state records them. */
    private static Map<ModelName, Long> rowCounts(Lakehouse lake) {
        Map<ModelName, Long> rows = new TreeMap<>();
        lake.state().forEach((model, state) -> rows.put(model, state.rowCount()));
        return rows;
    }

    @Test
    void failuresLeaveTheLakehouseAsItWasAndIncrementalRunsEqualAFullRebuildAndTheDuckDbEnginesTables() throws IOException {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);
        assertThat(tables).isEqualTo(Lakehouses.tables(onDuckDb));

        try (Lakehouse kept = spark(temp.resolve("kept"))) {
            GeoLoads.landAndRunEach(kept, onSpark, 1);
            failingAuditAndStatementChangeNothing(kept, project, tables);
            badInputLandsNothing(kept, onSpark);
            List<RunResult> sparkRuns = GeoLoads.landAndRunEach(kept, onSpark, 2, 3);
            assertThat(kept.plan(onSpark).isNoOp()).isTrue();
            Map<String, String> incremental = Lakehouses.digests(kept, tables);

            try (Lakehouse fresh = spark(temp.resolve("fresh"))) {
                for (int load = 1; load <= 3; load++) {
                    GeoLoads.land(fresh.landing(onSpark), true, load);
                }
                RunResult full = fresh.run(onSpark);
                assertThat(full.models()).extracting(ModelRun::action).doesNotContain(Action.INCREMENTAL);
                assertThat(Lakehouses.digests(fresh, tables)).as("a full rebuild on Spark").isEqualTo(incremental);
                assertThat(rowCounts(fresh)).as("the rows the runs recorded").isEqualTo(rowCounts(kept));
            }

            assertEqualToTheDuckDbEngines(TableFormat.DELTA, onDuckDb, tables, sparkRuns, incremental, rowCounts(kept));
            System.out.println("SparkEngineIT: " + tables.size() + " tables equal: " + incremental);
        }
    }

    /**
     * The geo project on Spark with Iceberg tables, written by Iceberg's Spark connector into the
     * lakehouse's SQLite catalog: after load 1, a failing audit (a snapshot rolled back) and a
     * failing statement leave the lakehouse as it was; the incremental runs after loads 2 and 3
     * give every table the DuckDB engine's Iceberg tables hold after the same loads, read through
     * the same DuckDB views; and the run after a reopen of the lakehouse finds nothing to do.
     */
    @Test
    void icebergTablesWrittenBySparkEqualTheDuckDbEnginesAndFailuresLeaveThemAsTheyWere() throws IOException {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);
        Path dir = temp.resolve("spark-iceberg");

        Map<String, String> onIceberg;
        Map<ModelName, Long> rows;
        List<RunResult> sparkRuns;
        try (Lakehouse kept = Lakehouse.open(dir, TableFormat.ICEBERG, new SparkEngine(SparkSettings.local()))) {
            GeoLoads.landAndRunEach(kept, onSpark, 1);
            failingAuditAndStatementChangeNothing(kept, project, tables);
            sparkRuns = GeoLoads.landAndRunEach(kept, onSpark, 2, 3);
            onIceberg = Lakehouses.digests(kept, tables);
            rows = rowCounts(kept);
        }
        assertThat(dir.resolve(IcebergTableLog.CATALOG_FILE)).isRegularFile();
        assertThat(dir.resolve("tables").resolve("dab").resolve("frame__geo__countries").resolve("metadata")).isDirectory();
        try (Lakehouse reopened = Lakehouse.open(dir, TableFormat.ICEBERG, new SparkEngine(SparkSettings.local()))) {
            assertThat(reopened.plan(onSpark).isNoOp()).as("the plan of the reopened lakehouse").isTrue();
        }

        assertEqualToTheDuckDbEngines(TableFormat.ICEBERG, onDuckDb, tables, sparkRuns, onIceberg, rows);
        System.out.println("SparkEngineIT: " + tables.size() + " Iceberg tables equal: " + onIceberg);
    }

    /**
     * The DuckDB engine's Iceberg lakehouse read by Spark through Iceberg's own Spark catalog on
     * the lakehouse's SQLite catalog: every table with the rows the DuckDB engine counted, and a
     * {@code TIME} column as text (Spark reads no Iceberg time column).
     */
    @Test
    void sparkReadsTheDuckDbEnginesIcebergTablesThroughTheirCatalog() throws Exception {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        Path dir = temp.resolve("iceberg");
        List<ModelName> tables = new ArrayList<>(Lakehouses.tables(onDuckDb));
        onDuckDb.landedTables().forEach(t -> tables.add(t.relation()));
        Map<ModelName, String> counted = new TreeMap<>();
        try (Lakehouse duck = Lakehouse.open(dir, TableFormat.ICEBERG, "duckdb")) {
            for (int load = 1; load <= 2; load++) {
                GeoLoads.land(duck.landing(onDuckDb), false, load);
                duck.run(onDuckDb);
            }
            FileTableStorage storage = FileTableStorage.of(new SqlNames(), TableFormat.ICEBERG, dir);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(LakehouseDatabase.DATABASE_FILE))) {
                c.setAutoCommit(false);
                storage.write(c, new ModelName("dab", "times"), "SELECT CAST('07:30:00' AS TIME) AS starts",
                        WriteMode.OVERWRITE, Map.of());
                storage.beforeCommit(c);
                c.commit();
                storage.afterCommit(c);
            }
            for (ModelName table : tables) {
                counted.put(table, duck.query("SELECT count(*) FROM " + table.qualified(), 1).rows().get(0).get(0));
            }
        }

        SparkSession spark = SparkSessions.local(SparkSettings.local());
        // The Spark catalog's name is the Iceberg catalog's, which its tables are recorded under in the SQLite file.
        String catalog = "spark.sql.catalog." + IcebergTableLog.CATALOG_NAME;
        spark.conf().set(catalog, "org.apache.iceberg.spark.SparkCatalog");
        spark.conf().set(catalog + ".catalog-impl", "org.apache.iceberg.jdbc.JdbcCatalog");
        spark.conf().set(catalog + ".uri", "jdbc:sqlite:" + dir.resolve(IcebergTableLog.CATALOG_FILE));
        spark.conf().set(catalog + ".warehouse", dir.resolve("tables").toUri().toString());
        // One Spark statement for every table's count: a statement per table costs Spark a job each.
        Map<ModelName, String> read = new TreeMap<>();
        String counts = tables.stream().map(t -> "SELECT '" + t.qualified() + "' AS name, count(*) AS n FROM "
                + IcebergTableLog.CATALOG_NAME + "." + t.qualified()).collect(Collectors.joining(" UNION ALL "));
        for (Row row : spark.sql(counts).collectAsList()) {
            int dot = row.getString(0).indexOf('.');
            read.put(new ModelName(row.getString(0).substring(0, dot), row.getString(0).substring(dot + 1)),
                    String.valueOf(row.getLong(1)));
        }
        Row time = spark.sql("SELECT starts, typeof(starts) FROM " + IcebergTableLog.CATALOG_NAME + ".dab.times").collectAsList().get(0);

        assertThat(read).as("rows of every Iceberg table, read by Spark").isEqualTo(counted);
        assertThat(counted.values()).as("tables with rows").filteredOn(n -> !n.equals("0")).hasSizeGreaterThan(tables.size() / 2);
        assertThat(time.getString(0) + " " + time.getString(1)).isEqualTo("07:30:00 string");
    }

    /**
     * Runs loads 1 to 3 of the geo project on the DuckDB engine with {@code format} tables, a run
     * after each, and checks that Spark's runs after loads 2 and 3 ({@code sparkRuns}) changed what
     * DuckDB's did, model by model, and that Spark's tables and recorded rows equal DuckDB's.
     */
    private void assertEqualToTheDuckDbEngines(TableFormat format, GeneratedProject onDuckDb, List<ModelName> tables,
            List<RunResult> sparkRuns, Map<String, String> sparkTables, Map<ModelName, Long> sparkRows) {
        try (Lakehouse duck = Lakehouse.open(temp.resolve("duckdb-" + format.configName()), format, "duckdb")) {
            List<RunResult> duckRuns = new ArrayList<>();
            for (int load = 1; load <= 3; load++) {
                GeoLoads.land(duck.landing(onDuckDb), false, load);
                duckRuns.add(duck.run(onDuckDb));
            }
            for (int load = 2; load <= 3; load++) {
                assertThat(Lakehouses.changes(sparkRuns.get(load - 2))).as("what Spark's run after load %d did, model by model", load)
                        .isEqualTo(Lakehouses.changes(duckRuns.get(load - 1)));
            }
            assertThat(sparkTables).as("the %s tables Spark built, against DuckDB's", format).isEqualTo(Lakehouses.digests(duck, tables));
            assertThat(sparkRows).as("the rows Spark's runs recorded, against DuckDB's").isEqualTo(rowCounts(duck));
        }
    }

    /**
     * A run whose frame breaks its grain (audit) and one whose statement fails, in a generation of
     * their own: each leaves the tables and the state as they were, with a located message and no
     * stack trace.
     */
    private void failingAuditAndStatementChangeNothing(Lakehouse lake, Path project, List<ModelName> tables) {
        Map<String, String> before = Lakehouses.digests(lake, tables);
        var state = lake.state();
        Path edited = temp.resolve("generated-edited");

        Lakehouses.edit(project, yaml -> yaml.replace(
                "{keyset: country__geo, business_key: country_code, primary: true}",
                "{keyset: country__geo, expression: \"'same'\", primary: true}")
                .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n"));
        GeneratedProject duplicated = Lakehouses.generate(project, edited, Dialect.spark());
        AuditFailedException audit = catchThrowableOfType(AuditFailedException.class, () -> lake.run(duplicated));
        Lakehouses.edit(project, yaml -> yaml.replace("expression: \"'same'\"", "expression: \"CAST(country_code AS INTEGER)\""));
        GeneratedProject broken = Lakehouses.generate(project, edited, Dialect.spark());
        ModelFailedException statement = catchThrowableOfType(ModelFailedException.class, () -> lake.run(broken));

        assertThat(audit.code()).isEqualTo(ErrorCode.AUDIT_FAILED);
        assertThat(audit.model()).isEqualTo(new ModelName("dab", "frame__geo__countries"));
        assertThat(statement.code()).isEqualTo(ErrorCode.MODEL_FAILED);
        assertThat(statement.getMessage()).startsWith("LH302: model dab.frame__geo__countries failed (full rebuild): ")
                .contains("CAST_INVALID_INPUT").doesNotContain("\tat ", "Exception", "org.apache", "Driver stacktrace");
        assertThat(audit.getMessage()).doesNotContain("\tat ", "Exception", "org.apache");
        assertThat(Lakehouses.digests(lake, tables)).isEqualTo(before);
        assertThat(lake.state()).isEqualTo(state);
        assertThat(lake.directory().resolve(".pending")).isEmptyDirectory();
    }

    /**
     * Input files whose values do not convert to their declared types, or would change when cast
     * to them (a fraction into an integer, digits beyond a decimal's scale, a time of day into a
     * date), are refused with the file, the column and the first such row, and land nothing.
     */
    private void badInputLandsNothing(Lakehouse lake, GeneratedProject generated) throws IOException {
        Landing landing = lake.landing(generated);
        String load = "2024-02-01 00:00:00";
        List<String> before = landedRows(lake);

        Path letters = Files.writeString(temp.resolve("states-x.csv"), "state_id,country_code,name\n1,NL,Utrecht\nx,BE,Antwerp\n");
        assertThat(refused(() -> landing.ingest("geo", "states", load, letters)))
                .startsWith("LH306: " + letters + " does not fit das.landed__geo__states: a value does not convert to its"
                        + " declared type: ")
                .contains("'x'").doesNotContain("\tat ", "Exception", "org.apache");
        Path fractions = Files.writeString(temp.resolve("states.csv"),
                "state_id,country_code,name\n1,NL,Utrecht\n2.5,BE,Antwerp\n3.25,BE,Limburg\n");
        assertThat(refused(() -> landing.ingest("geo", "states", load, fractions)))
                .isEqualTo("LH306: " + fractions + " does not fit das.landed__geo__states without changing values:"
                        + " column state_id (DOUBLE in the file, declared INTEGER): 2 values would change, the first"
                        + " in row 2: 2.5. Declare a type that holds them (DECIMAL with enough scale, DOUBLE, TIMESTAMP)"
                        + " or fix the file; nothing was landed");
        Path orders = Files.writeString(temp.resolve("orders.csv"), """
                order_id,bill_to_address_id,ship_to_address_id,order_date,ship_date,status,amount
                1,1,1,2024-01-01 00:00:00,2024-01-02,shipped,10.50
                2,1,1,2024-01-01 13:30:00,2024-01-02,shipped,12.345
                """);
        assertThat(refused(() -> landing.ingest("geo", "orders", load, orders)))
                .containsPattern("column order_date \\(TIMESTAMP(_NTZ)? in the file, declared DATE\\): 1 value would"
                        + " change, the first in row 2: 2024-01-01 13:30:00")
                .contains("column amount (DOUBLE in the file, declared DECIMAL(10,2)): 1 value would change, the"
                        + " first in row 2: 12.345");

        assertThat(landedRows(lake)).as("rows of the landed tables").isEqualTo(before);
        assertThat(lake.directory().resolve(".pending")).isEmptyDirectory();
    }

    private static List<String> landedRows(Lakehouse lake) {
        return lake.query("SELECT (SELECT count(*) FROM das.landed__geo__states) || ' ' || (SELECT count(*) FROM"
                + " das.landed__geo__orders)", 1).rows().stream().map(row -> String.join(" ", row)).toList();
    }

    private static String refused(Runnable ingest) {
        LakehouseException failure = catchThrowableOfType(LakehouseException.class, ingest::run);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INGEST_INPUT);
        return failure.getMessage();
    }
}
