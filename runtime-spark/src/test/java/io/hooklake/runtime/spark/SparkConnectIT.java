package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.TableFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine through Spark Connect: a server started by the test (Spark in local mode with
 * Delta, in a JVM of its own: {@link SparkConnectServer}), the engine driving it through
 * {@code sc://localhost:<port>} end to end on the geo project: loads landed, a full run, incremental
 * runs, every table equal to the DuckDB engine's on the same loads, a failing audit undone, a query.
 */
@Timeout(900)
class SparkConnectIT {

    /** Two loads: a full run, then an incremental one (each statement is a round trip to the server; minutes on 2 cores). */
    private static final int LOADS = 2;

    private static SparkConnectServer server;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startServer() throws IOException {
        server = SparkConnectServer.start(temp.resolve("server.log"), Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Lakehouse remote(Path dir) {
        return Lakehouse.open(dir, TableFormat.DELTA, new SparkEngine(SparkSettings.remote(server.address())));
    }

    @Test
    void runsIncrementallyThroughSparkConnectWithEveryTableEqualToTheDuckDbEnginesAndUndoesAFailedAudit() {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);

        try (Lakehouse lake = remote(temp.resolve("remote"))) {
            List<RunResult> runs = GeoLoads.landAndRunEach(lake, onSpark, LOADS);
            assertThat(lake.plan(onSpark).isNoOp()).isTrue();
            Map<String, String> remote = Lakehouses.digests(lake, tables);

            try (Lakehouse duck = Lakehouse.open(temp.resolve("duckdb"), TableFormat.DELTA, "duckdb")) {
                RunResult last = null;
                for (int load = 1; load <= LOADS; load++) {
                    GeoLoads.land(duck.landing(onDuckDb), false, load);
                    last = duck.run(onDuckDb);
                }
                // The rows an incremental change wrote: counted as they pass where the server reports it (the
                // affected entities' Parquet table), counted after the write where it does not (Delta).
                assertThat(Lakehouses.changes(runs.get(LOADS - 1))).as("what the incremental run did, model by model")
                        .isEqualTo(Lakehouses.changes(last));
                assertThat(remote).as("the tables Spark Connect built, against DuckDB's")
                        .isEqualTo(Lakehouses.digests(duck, tables));
                String query = "SELECT country__country_code, count(*) FROM dab.frame__geo__countries GROUP BY 1 ORDER BY 1";
                QueryResult countries = lake.query(query, 10);
                assertThat(countries.rows()).isNotEmpty().isEqualTo(duck.query(query, 10).rows());
            }

            Lakehouses.edit(project, yaml -> yaml.replace(
                    "{keyset: country__geo, business_key: country_code, primary: true}",
                    "{keyset: country__geo, expression: \"'same'\", primary: true}")
                    .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n"));
            GeneratedProject duplicated = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
            var state = lake.state();
            AuditFailedException audit = catchThrowableOfType(AuditFailedException.class, () -> lake.run(duplicated));
            assertThat(audit.code()).isEqualTo(ErrorCode.AUDIT_FAILED);
            assertThat(Lakehouses.digests(lake, tables)).as("after a failed audit").isEqualTo(remote);
            assertThat(lake.state()).isEqualTo(state);
            System.out.println("SparkConnectIT: " + tables.size() + " tables equal through " + server.address());
        } catch (RuntimeException | AssertionError e) {
            System.err.println("SparkConnectIT: the server's log ends with:\n" + server.logTail());
            throw e;
        }
    }

    /**
     * The same server keeps a lakehouse in Iceberg (Hooklake's Iceberg session catalog, set for the
     * lakehouse's session only): a full run, every table equal to the DuckDB engine's Iceberg tables
     * on the same load (one load: the incremental protocol on Iceberg is {@link SparkEngineIT}'s, on
     * Spark Connect the Delta test's). A session whose catalog the server cannot make is refused
     * with the server's reason.
     */
    @Test
    void keepsIcebergTablesThroughSparkConnectEqualToTheDuckDbEngines() {
        Path project = Lakehouses.copyProject("geo", temp.resolve("iceberg-project"));
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("iceberg-generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("iceberg-generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);
        Path dir = temp.resolve("remote-iceberg");

        try (Lakehouse lake = Lakehouse.open(dir, TableFormat.ICEBERG, new SparkEngine(SparkSettings.remote(server.address())));
                Lakehouse duck = Lakehouse.open(temp.resolve("duckdb-iceberg"), TableFormat.ICEBERG, "duckdb")) {
            RunResult run = GeoLoads.landAndRunEach(lake, onSpark, 1).get(0);
            GeoLoads.land(duck.landing(onDuckDb), false, 1);
            assertThat(Lakehouses.changes(run)).as("what the run did, model by model")
                    .isEqualTo(Lakehouses.changes(duck.run(onDuckDb)));
            assertThat(Lakehouses.digests(lake, tables)).as("the Iceberg tables Spark Connect built, against DuckDB's")
                    .isEqualTo(Lakehouses.digests(duck, tables));
            assertThat(dir.resolve("tables").resolve("dab").resolve("frame__geo__countries").resolve("metadata")).isDirectory();

            Map<String, String> missing = Map.of(SparkSettings.REMOTE_PROPERTY, server.address(),
                    "lakehouse.spark.conf.spark.sql.catalog.spark_catalog", "org.example.NoSuchCatalog");
            LakehouseException unfit = catchThrowableOfType(LakehouseException.class, () -> {
                try (Lakehouse other = Lakehouse.open(temp.resolve("remote-iceberg-unfit"), TableFormat.ICEBERG,
                        new SparkEngine().withSettings(missing))) {
                    other.run(onSpark);
                }
            });
            assertThat(unfit.code()).as(unfit.getMessage()).isEqualTo(ErrorCode.SPARK_SERVER_UNFIT);
            assertThat(unfit.getMessage()).startsWith("LH326: the Spark Connect server at " + server.address()
                    + " cannot keep Iceberg tables for Hooklake (").contains("NoSuchCatalog", "iceberg-spark-runtime-4.1_2.13")
                    .doesNotContain("\tat ");
        } catch (RuntimeException | AssertionError e) {
            System.err.println("SparkConnectIT: the server's log ends with:\n" + server.logTail());
            throw e;
        }
    }
}
