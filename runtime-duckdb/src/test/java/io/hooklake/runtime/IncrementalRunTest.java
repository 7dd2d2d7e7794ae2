package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run without new loads, and the run state; incremental equals full is IncrementalEqualsFullTest's. */
class IncrementalRunTest {

    @TempDir
    Path temp;

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
