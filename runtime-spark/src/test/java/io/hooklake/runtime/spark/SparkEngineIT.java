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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geo project on Spark in local mode with Delta tables, in one lakehouse kept over three loads
 * (one Spark lakehouse rather than one per check: each run costs Spark a job per statement): after
 * load 1, a failing audit and a failing statement leave the lakehouse as it was; the runs after
 * loads 2 and 3 are incremental and finish the job; they equal a full rebuild over the three loads,
 * and every table equals the DuckDB engine's on the same loads.
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
    void failuresLeaveTheLakehouseAsItWasAndIncrementalRunsEqualAFullRebuildAndTheDuckDbEnginesTables() {
        Path project = Lakehouses.copyProject("geo", temp);
        GeneratedProject onSpark = Lakehouses.generate(project, temp.resolve("generated-spark"), Dialect.spark());
        GeneratedProject onDuckDb = Lakehouses.generate(project, temp.resolve("generated-duckdb"), Dialect.duckdb());
        List<ModelName> tables = Lakehouses.tables(onSpark);
        assertThat(tables).isEqualTo(Lakehouses.tables(onDuckDb));

        try (Lakehouse kept = spark(temp.resolve("kept"))) {
            GeoLoads.landAndRunEach(kept, onSpark, 1);
            failingAuditAndStatementChangeNothing(kept, project, tables);
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

            try (Lakehouse duck = Lakehouse.open(temp.resolve("duckdb"), TableFormat.DELTA, "duckdb")) {
                List<RunResult> duckRuns = new ArrayList<>();
                for (int load = 1; load <= 3; load++) {
                    GeoLoads.land(duck.landing(onDuckDb), false, load);
                    duckRuns.add(duck.run(onDuckDb));
                }
                for (int load = 2; load <= 3; load++) {
                    assertThat(Lakehouses.changes(sparkRuns.get(load - 2))).as("what Spark's run after load %d did, model by model", load)
                            .isEqualTo(Lakehouses.changes(duckRuns.get(load - 1)));
                }
                assertThat(incremental).as("the tables Spark built, against DuckDB's").isEqualTo(Lakehouses.digests(duck, tables));
                assertThat(rowCounts(kept)).as("the rows Spark's runs recorded, against DuckDB's").isEqualTo(rowCounts(duck));
            }
            System.out.println("SparkEngineIT: " + tables.size() + " tables equal: " + incremental);
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
}
