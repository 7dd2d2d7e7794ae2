package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several workers, in every table format: every model starts after the models it reads committed,
 * and the result equals one worker's, in a full run (load 1) and an incremental one (load 2). (Geo's
 * later loads change every table again and so plan the same models; what they bring is checked
 * with one worker, {@code IncrementalRunTest} and {@code FormatRoundTripTest}.)
 */
class ConcurrentRunTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void modelsStartOnlyAfterTheirParentsFinishedAndFourWorkersBuildWhatOneBuilds(TableFormat format) {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Map<ModelName, Set<ModelName>> upstream = generated.models().stream()
                .collect(Collectors.toMap(m -> m.name(), m -> Set.copyOf(m.upstream())));
        Lakehouse parallel = Lakehouse.open(temp.resolve("parallel"), format).withWorkers(4);
        Lakehouse serial = Lakehouse.open(temp.resolve("serial"), format).withWorkers(1);
        for (int load = 1; load <= 2; load++) {
            GeoLoads.land(parallel.landing(generated), load);
            GeoLoads.land(serial.landing(generated), load);
            List<String> violations = new ArrayList<>();
            Set<ModelName> finished = ConcurrentHashMap.newKeySet();
            Set<ModelName> running = ConcurrentHashMap.newKeySet();
            int[] mostAtOnce = {0};
            Set<ModelName> work = ConcurrentHashMap.newKeySet();
            RunResult result = parallel.run(generated, new RunListener() {
                @Override
                public void runStarted(Plan plan) {
                    plan.work().forEach(p -> work.add(p.name()));
                }

                @Override
                public void modelStarted(int index, int total, PlannedModel model) {
                    Set<ModelName> waitingFor = new HashSet<>(upstream.get(model.name()));
                    waitingFor.removeIf(parent -> finished.contains(parent) || !planned(parent));
                    if (!waitingFor.isEmpty()) {
                        violations.add(model.name() + " started before " + waitingFor);
                    }
                    running.add(model.name());
                    mostAtOnce[0] = Math.max(mostAtOnce[0], running.size());
                }

                @Override
                public void modelFinished(ModelRun run) {
                    running.remove(run.name());
                    finished.add(run.name());
                }

                private boolean planned(ModelName name) {
                    return work.contains(name);
                }
            });
            serial.run(generated);

            assertThat(violations).as("load %d", load).isEmpty();
            assertThat(result.models()).extracting(ModelRun::index).doesNotHaveDuplicates();
            if (load == 1) {
                assertThat(mostAtOnce[0]).as("models running at once in the first, full run").isGreaterThan(1);
            }
            assertThat(Databases.differences(Databases.file(parallel), Databases.file(serial), Fixture.tables(generated)))
                    .as("tables built by four workers that differ from one worker's, load %d", load).isEmpty();
        }
    }
}
