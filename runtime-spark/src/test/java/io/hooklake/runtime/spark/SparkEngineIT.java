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
import io.hooklake.runtime.ModelFailedException;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.TableFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geo project on Spark in local mode with Delta tables: full and incremental runs, incremental
 * equal to a full rebuild, every table equal to the DuckDB engine's on the same loads, and a failed
 * statement or audit leaving the lakehouse as it was.
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
    void incrementalRunsEqualAFullRebuildAndEveryTableEqualsTheDuckDbEnginesOnTheSameLoads() {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);
        assertThat(tables).isEqualTo(Lakehouses.tables(onDuckDb));

        try (Lakehouse kept = spark(temp.resolve("kept"))) {
            GeoLoads.landAndRunEach(kept, onSpark, 3);
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

            try (Lakehouse duck = Lakehouse.open(temp.resolve("duckdb"), TableFormat.DELTA, "duckdb")) {
                for (int load = 1; load <= 3; load++) {
                    GeoLoads.land(duck.landing(onDuckDb), false, load);
                    duck.run(onDuckDb);
                }
                assertThat(incremental).as("the tables Spark built, against DuckDB's").isEqualTo(Lakehouses.digests(duck, tables));
                assertThat(rowCounts(kept)).as("the rows Spark's runs recorded, against DuckDB's").isEqualTo(rowCounts(duck));
            }
            System.out.println("SparkEngineIT: " + tables.size() + " tables equal: " + incremental);
        }
    }

    @Test
    void aFailingStatementOrAuditLeavesTheLakehouseAsItWasAndTheNextRunFinishes() {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject generated = Lakehouses.generate(project, temp.resolve("generated"), Dialect.spark());
        List<ModelName> tables = Lakehouses.tables(generated);
        try (Lakehouse lake = spark(temp.resolve("lake"))) {
            GeoLoads.land(lake.landing(generated), true, 1);
            lake.run(generated);
            Map<String, String> before = Lakehouses.digests(lake, tables);
            var state = lake.state();

            Lakehouses.edit(project, yaml -> yaml.replace(
                    "{keyset: country__geo, business_key: country_code, primary: true}",
                    "{keyset: country__geo, expression: \"'same'\", primary: true}")
                    .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n"));
            GeneratedProject duplicated = Lakehouses.generate(project, temp.resolve("generated"), Dialect.spark());
            AuditFailedException audit = catchThrowableOfType(AuditFailedException.class, () -> lake.run(duplicated));
            Lakehouses.edit(project, yaml -> yaml.replace("expression: \"'same'\"", "expression: \"CAST(country_code AS INTEGER)\""));
            GeneratedProject broken = Lakehouses.generate(project, temp.resolve("generated"), Dialect.spark());
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

            Lakehouses.edit(project, yaml -> yaml.replace("{keyset: country__geo, expression: \"CAST(country_code AS INTEGER)\", primary: true}",
                    "{keyset: country__geo, business_key: country_code, primary: true}"));
            GeneratedProject repaired = Lakehouses.generate(project, temp.resolve("generated"), Dialect.spark());
            GeoLoads.land(lake.landing(repaired), true, 2);
            lake.run(repaired);
            assertThat(lake.plan(repaired).isNoOp()).isTrue();
        }
    }
}
