package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.HookStorage;
import io.hooklake.testing.LoadSink;
import io.hooklake.testing.Loads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental equals full, on the real runtime, over the small projects the generator's SQL tests
 * use and their rows ({@link Loads}): a lakehouse takes the loads in and runs after some of them
 * (every later run incremental), and after each run every table equals that of a full run of a new
 * lakehouse over the same loads. The hand-made loads run after each load, in every hook storage for
 * geo; the random ones after a random choice of loads, so a run often takes several loads in at
 * once. A last run without new loads does nothing.
 */
@Timeout(300)
class IncrementalEqualsFullTest {

    /** The projects, generated once for all the cases that run them. */
    @TempDir
    static Path projects;

    @TempDir
    Path temp;

    private static GeneratedProject generated(String name, HookStorage storage) {
        Path folder = projects.resolve(name + "-" + storage);
        Fixture fixture = Files.isDirectory(folder) ? Fixture.at(folder.resolve("project-" + name),
                folder.resolve("generated-" + name)) : Fixture.copy(name, folder);
        if (storage != HookStorage.TEXT && !Files.isDirectory(fixture.outputDir())) {
            fixture.edit(yaml -> yaml.replaceFirst("(?m)^project:\\n", "project:\n  hook_storage: "
                    + storage.name().toLowerCase(Locale.ROOT) + "\n"));
        }
        return fixture.generate();
    }

    static Stream<Arguments> fixtures() {
        Stream.Builder<Arguments> fixtures = Stream.builder();
        for (HookStorage storage : HookStorage.values()) {
            fixtures.add(Arguments.of("geo", storage, (Consumer<LoadSink>) Loads::geo));
        }
        fixtures.add(Arguments.of("org", HookStorage.TEXT, (Consumer<LoadSink>) Loads::org));
        fixtures.add(Arguments.of("retail", HookStorage.TEXT, (Consumer<LoadSink>) Loads::retail));
        fixtures.add(Arguments.of("keys", HookStorage.TEXT, (Consumer<LoadSink>) Loads::keys));
        fixtures.add(Arguments.of("keys", HookStorage.HASH64, (Consumer<LoadSink>) Loads::keys));
        return fixtures.build();
    }

    @ParameterizedTest(name = "{0} ({1} hooks)")
    @MethodSource("fixtures")
    void everyTableKeptIncrementallyEqualsAFullRunAfterEachLoad(String name, HookStorage storage,
            Consumer<LoadSink> loads) throws Exception {
        RecordedLoads recorded = RecordedLoads.of(loads);
        assertThat(recorded.loads()).as("loads of %s", name).hasSizeGreaterThan(1);
        List<Integer> runPoints = new ArrayList<>();
        for (int load = 1; load <= recorded.loads().size(); load++) {
            runPoints.add(load);
        }
        assertIncrementalRunsEqualFullRuns(generated(name, storage), recorded, runPoints);
    }

    @ParameterizedTest(name = "geo, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyTableKeptIncrementallyEqualsAFullRunOverRandomGeoLoadsAndRandomRunPoints(long seed) throws Exception {
        assertRandomRuns("geo", lake -> Loads.randomGeo(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "org, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyTableKeptIncrementallyEqualsAFullRunOverRandomSelfReferencingLoads(long seed) throws Exception {
        assertRandomRuns("org", lake -> Loads.randomOrg(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "retail, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyTableKeptIncrementallyEqualsAFullRunOverRandomLoadsThroughADiamond(long seed) throws Exception {
        assertRandomRuns("retail", lake -> Loads.randomRetail(lake, new Random(seed)), seed);
    }

    /** Runs after a random number of loads each time (a run takes several in), always after the first and the last. */
    private void assertRandomRuns(String name, Consumer<LoadSink> loads, long seed) throws Exception {
        RecordedLoads recorded = RecordedLoads.of(loads);
        int count = recorded.loads().size();
        assertThat(count).as("loads of %s", name).isGreaterThan(4);
        Random random = new Random(seed * 31);
        List<Integer> runPoints = new ArrayList<>();
        for (int load = 1; load <= count; load++) {
            if (load == 1 || load == count || random.nextBoolean()) {
                runPoints.add(load);
            }
        }
        assertIncrementalRunsEqualFullRuns(generated(name, HookStorage.TEXT), recorded, runPoints);
    }

    /**
     * Lands the loads into one lakehouse, running it after each of {@code runPoints} loads; after
     * each incremental run, a full run of a new lakehouse over the same loads, built beside it on a
     * thread of its own, must have the same tables.
     */
    private void assertIncrementalRunsEqualFullRuns(GeneratedProject generated, RecordedLoads loads,
            List<Integer> runPoints) throws Exception {
        ExecutorService beside = Executors.newSingleThreadExecutor();
        RecordedLoads.FullRuns fullRuns = loads.new FullRuns(generated, temp.resolve("full"));
        Set<ModelKind> incremental = EnumSet.noneOf(ModelKind.class);
        long changed = 0;
        try (Lakehouse kept = Lakehouse.open(temp.resolve("kept"))) {
            int landed = 0;
            for (int upTo : runPoints) {
                // The first run is a full one: nothing to compare it with but itself.
                Future<Lakehouse> full = landed == 0 ? null
                        : beside.submit(() -> fullRuns.upTo(upTo, temp.resolve("full-" + upTo)));
                loads.land(kept, generated, landed, upTo);
                landed = upTo;
                RunResult run = kept.run(generated);
                for (ModelRun model : run.models()) {
                    if (model.action() == Action.INCREMENTAL) {
                        incremental.add(model.kind());
                        changed += model.changed();
                    }
                }
                if (full != null) {
                    try (Lakehouse fresh = full.get(120, TimeUnit.SECONDS)) {
                        RecordedLoads.assertEqual(kept, fresh, generated, loads.loads().get(upTo - 1));
                    }
                }
            }
            assertThat(kept.run(generated).plan().isNoOp()).as("a run without new loads does nothing").isTrue();
        } finally {
            beside.shutdownNow();
        }
        assertThat(changed).as("rows rewritten by the incremental runs").isPositive();
        assertThat(incremental).as("kinds of the models run incrementally")
                .contains(ModelKind.FRAME, ModelKind.BRIDGE, ModelKind.EVENT_BRIDGE);
    }
}
