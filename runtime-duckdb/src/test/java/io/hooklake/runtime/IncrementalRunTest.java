package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRunTest {

    @TempDir
    Path temp;

    @Test
    void incrementalRunsAfterEachLoadEqualOneFullRunOverTheSameLoads() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse kept = Lakehouse.open(temp.resolve("kept"));
        for (int load = 1; load <= 4; load++) {
            GeoLoads.land(kept.landing(generated), load);
            RunResult result = kept.run(generated);
            if (load > 1) {
                assertThat(result.models()).filteredOn(m -> m.kind() == ModelKind.FRAME)
                        .extracting(ModelRun::action).containsOnly(Action.INCREMENTAL);
                assertThat(result.models()).filteredOn(m -> m.kind() == ModelKind.BRIDGE
                        || m.kind() == ModelKind.EVENT_BRIDGE).extracting(ModelRun::action).containsOnly(Action.INCREMENTAL);
            }
            Lakehouse fresh = Lakehouse.open(temp.resolve("fresh-" + load));
            for (int l = 1; l <= load; l++) {
                GeoLoads.land(fresh.landing(generated), l);
            }
            RunResult full = fresh.run(generated);
            assertThat(full.models()).extracting(ModelRun::action).doesNotContain(Action.INCREMENTAL);
            // Equal multisets of rows (EXCEPT ALL both ways empty), so equal row counts too.
            assertThat(Databases.differences(Databases.file(kept), Databases.file(fresh), Fixture.tables(generated)))
                    .as("tables kept incrementally up to load %d that differ from a full run", load).isEmpty();
        }
    }

    @Test
    void anUnchangedReloadMakesNoNewRows() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(generated), 1);
        lakehouse.run(generated);
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));
        GeoLoads.countries(lakehouse.landing(generated), "2024-05-01 00:00:00", "('NL', 'Netherlands')",
                "('BE', 'Belgium')");
        RunResult result = lakehouse.run(generated);

        assertThat(result.models()).filteredOn(m -> m.action() == Action.INCREMENTAL).isNotEmpty();
        Map<String, String> after = Databases.snapshot(Databases.file(lakehouse));
        for (var table : Fixture.tables(generated)) {
            assertThat(after.get(table.qualified())).as("content of %s", table).isEqualTo(before.get(table.qualified()));
        }
    }

    @Test
    void aSecondRunWithoutNewLoadsDoesNothingAndChangesNoState() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(generated), 1);
        GeoLoads.land(lakehouse.landing(generated), 2);
        RunResult first = lakehouse.run(generated);
        assertThat(first.models()).hasSize(generated.models().size());
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));
        List<String> lines = new ArrayList<>();

        RunResult second = lakehouse.run(generated, new PrintingRunListener(lines::add));

        assertThat(second.plan().isNoOp()).isTrue();
        assertThat(second.models()).isEmpty();
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
        assertThat(lines).singleElement().asString().contains("nothing to do");
    }

    @Test
    void theStateHoldsFingerprintsWatermarkAndRowsOfEveryModel() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(generated), 1);
        GeoLoads.land(lakehouse.landing(generated), 2);
        RunResult run = lakehouse.run(generated);

        Map<io.hooklake.generator.ModelName, ModelState> state = lakehouse.state();
        assertThat(state).hasSize(generated.models().size());
        for (CompiledModel model : generated.models()) {
            ModelState s = state.get(model.name());
            assertThat(s.fingerprint()).isEqualTo(model.fingerprint());
            assertThat(s.runId()).isEqualTo(run.summary().runId());
            assertThat(s.watermark()).hasValue(java.time.LocalDateTime.parse("2024-02-01T00:00:00"));
            if (model.materialization() != io.hooklake.generator.Materialization.VIEW) {
                assertThat(s.rowCount()).isEqualTo(Databases.count(Databases.file(lakehouse),
                        "SELECT * FROM " + model.name()));
            }
        }
    }
}
