package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental equals full: the first load is built in full, every later window is taken in as
 * the runtime will (affected entities, delete, insert), and after each window every table equals
 * a full build from all loads so far. A last window without new loads affects nothing.
 */
class IncrementalEqualsFullTest {

    static Stream<Arguments> fixtures() {
        Stream.Builder<Arguments> fixtures = Stream.builder();
        for (HookStorage storage : HookStorage.values()) {
            fixtures.add(Arguments.of("geo", storage, (Consumer<DuckDbLakehouse>) Loads::geo));
        }
        fixtures.add(Arguments.of("org", HookStorage.TEXT, (Consumer<DuckDbLakehouse>) Loads::org));
        fixtures.add(Arguments.of("retail", HookStorage.TEXT, (Consumer<DuckDbLakehouse>) Loads::retail));
        fixtures.add(Arguments.of("keys", HookStorage.TEXT, (Consumer<DuckDbLakehouse>) Loads::keys));
        fixtures.add(Arguments.of("keys", HookStorage.HASH64, (Consumer<DuckDbLakehouse>) Loads::keys));
        return fixtures.build();
    }

    @ParameterizedTest(name = "{0} ({1} hooks)")
    @MethodSource("fixtures")
    void everyTableKeptIncrementallyEqualsAFullBuildAfterEachLoad(String name, HookStorage storage,
            Consumer<DuckDbLakehouse> loads) {
        Project project = TestProjects.withStorage(TestProjects.load(name), storage);
        try (IncrementalRunner runner = new IncrementalRunner(project, loads)) {
            assertThat(runner.loads()).as("loads of %s", name).hasSizeGreaterThan(1);
            runAllWindows(runner, runner.loads());
        }
    }

    @ParameterizedTest(name = "geo, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyTableKeptIncrementallyEqualsAFullBuildOverRandomGeoLoadsAndRandomRunPoints(long seed) {
        assertRandomRuns(TestProjects.load("geo"), lake -> Loads.randomGeo(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "org, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyTableKeptIncrementallyEqualsAFullBuildOverRandomSelfReferencingLoads(long seed) {
        assertRandomRuns(TestProjects.load("org"), lake -> Loads.randomOrg(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "retail, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyTableKeptIncrementallyEqualsAFullBuildOverRandomLoadsThroughADiamond(long seed) {
        assertRandomRuns(TestProjects.load("retail"), lake -> Loads.randomRetail(lake, new Random(seed)), seed);
    }

    /** Runs after a random number of loads each time (the watermark skips loads), always after the last one. */
    private static void assertRandomRuns(Project project, Consumer<DuckDbLakehouse> loads, long seed) {
        try (IncrementalRunner runner = new IncrementalRunner(project, loads)) {
            Random random = new Random(seed * 31);
            List<LocalDateTime> all = runner.loads();
            assertThat(all).hasSizeGreaterThan(4);
            List<LocalDateTime> runPoints = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i == 0 || i == all.size() - 1 || random.nextBoolean()) {
                    runPoints.add(all.get(i));
                }
            }
            runAllWindows(runner, runPoints);
        }
    }

    private static void runAllWindows(IncrementalRunner runner, List<LocalDateTime> runPoints) {
        runner.fullBuild(runPoints.get(0));
        runner.assertEqualsFullBuild();
        long recomputed = 0;
        for (LocalDateTime until : runPoints.subList(1, runPoints.size())) {
            recomputed += runner.runIncremental(until).values().stream().mapToLong(List::size).sum();
            runner.assertEqualsFullBuild();
        }
        assertThat(recomputed).as("entities recomputed over all windows").isPositive();
        Map<ModelName, List<String>> idle = runner.runIncremental(runner.watermark());
        assertThat(idle).as("incremental models").isNotEmpty();
        idle.forEach((model, entities) -> assertThat(entities).as("entities of %s in a window without loads", model)
                .isEmpty());
        runner.assertEqualsFullBuild();
        assertThat(runner.models().models().stream().filter(m -> m.incremental().isPresent()).map(Model::kind)
                .distinct()).containsExactlyInAnyOrder(ModelKind.FRAME, ModelKind.BRIDGE, ModelKind.EVENT_BRIDGE);
    }
}
