package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillRecoveryIT {

    /** Large enough that the events frame takes seconds to take in load 2. */
    private static final long EVENTS = 400_000;

    private static final ModelName EVENTS_FRAME = new ModelName("dab", "frame__big__events");

    @TempDir
    Path temp;

    @Test
    void aRunKilledInTheMiddleOfAModelLeavesEachModelAsBeforeOrFullyNewAndTheNextRunFinishesTheJob() throws Exception {
        Fixture fixture = Fixture.copy("big", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        BigLoads.first(lakehouse.landing(fixture.generate()), EVENTS);
        List<ModelRun> firstRun = new ArrayList<>();
        lakehouse.run(generated, new RunListener() {
            @Override
            public void modelFinished(ModelRun run) {
                firstRun.add(run);
            }
        });
        firstRun.stream().filter(r -> r.name().equals(EVENTS_FRAME))
                .forEach(r -> System.out.printf("first full build of %s: %.2f s%n", r.name(), r.seconds()));
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));
        Map<ModelName, ModelState> stateBefore = lakehouse.state();
        BigLoads.second(lakehouse.landing(fixture.generate()), EVENTS);

        try (JavaProcess run = new JavaProcess(SlowRunMain.class, fixture.projectDir().toString(),
                temp.resolve("generated-by-child").toString(), lakehouse.directory().toString())) {
            run.awaitLine("started " + EVENTS_FRAME);
            run.kill();
        }

        Map<String, String> killed = Databases.snapshot(Databases.file(lakehouse));
        Map<ModelName, ModelState> stateKilled = lakehouse.state();
        assertThat(stateKilled.get(EVENTS_FRAME)).as("the model being built when killed").isEqualTo(stateBefore.get(EVENTS_FRAME));
        assertThat(killed.get(EVENTS_FRAME.qualified())).isEqualTo(before.get(EVENTS_FRAME.qualified()));

        Lakehouse fresh = Lakehouse.open(temp.resolve("fresh"));
        BigLoads.first(fresh.landing(fixture.generate()), EVENTS);
        BigLoads.second(fresh.landing(fixture.generate()), EVENTS);
        fresh.run(generated);
        Map<String, String> full = Databases.snapshot(Databases.file(fresh));
        int fullyNew = 0;
        for (ModelName table : Fixture.tables(generated)) {
            ModelState state = stateKilled.get(table);
            assertThat(state.rowCount()).as("rows of %s as its state says", table)
                    .isEqualTo(Databases.count(Databases.file(lakehouse), "SELECT * FROM " + table));
            if (state.watermark().equals(stateBefore.get(table).watermark())) {
                assertThat(killed.get(table.qualified())).as("%s as before", table).isEqualTo(before.get(table.qualified()));
            } else {
                assertThat(state.watermark()).hasValue(LocalDateTime.parse("2024-02-01T00:00:00"));
                assertThat(killed.get(table.qualified())).as("%s fully new", table).isEqualTo(full.get(table.qualified()));
                fullyNew++;
            }
        }
        List<ModelName> order = generated.models().stream().map(m -> m.name()).toList();
        long tablesBefore = Fixture.tables(generated).stream().filter(t -> order.indexOf(t) < order.indexOf(EVENTS_FRAME)).count();
        assertThat(fullyNew).as("table models the killed run (one worker) committed before the events frame")
                .isEqualTo(tablesBefore).isPositive();

        RunResult resumed = lakehouse.run(generated);

        assertThat(resumed.models()).extracting(ModelRun::name).contains(EVENTS_FRAME)
                .doesNotContain(new ModelName("dab", "frame__big__accounts"));
        assertThat(Databases.differences(Databases.file(lakehouse), Databases.file(fresh), Fixture.tables(generated))).isEmpty();
        Map<String, String> resumedSnapshot = Databases.snapshot(Databases.file(lakehouse));
        for (ModelName table : Fixture.tables(generated)) {
            assertThat(resumedSnapshot.get(table.qualified())).as("%s", table).isEqualTo(full.get(table.qualified()));
        }
        assertThat(lakehouse.plan(generated).isNoOp()).isTrue();
    }
}
