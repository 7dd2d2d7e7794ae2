package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.HookStorage;
import io.hooklake.testing.LoadSink;
import io.hooklake.testing.Loads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental equals full on the real runtime over random loads of the small projects
 * ({@link Loads}: keys come and go, attributes and references change now and then, references
 * point to keys that never exist or are NULL), with fixed seeds: a lakehouse runs after a random
 * choice of loads, so a run often takes several loads in, and after the last its tables equal a
 * full run's over the same loads ({@link IncrementalEqualsFullTest} compares after every run of
 * the hand-made loads).
 */
@Timeout(300)
class RandomIncrementalEqualsFullTest {

    /** The projects, generated once for all the cases that run them. */
    @TempDir
    static Path projects;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "geo, seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyTableKeptIncrementallyEqualsAFullRunOverRandomGeoLoadsAndRandomRunPoints(long seed) throws Exception {
        assertRandomRuns("geo", lake -> Loads.randomGeo(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "org, seed {0}")
    @ValueSource(longs = {1, 2})
    void everyTableKeptIncrementallyEqualsAFullRunOverRandomSelfReferencingLoads(long seed) throws Exception {
        assertRandomRuns("org", lake -> Loads.randomOrg(lake, new Random(seed)), seed);
    }

    @ParameterizedTest(name = "retail, seed {0}")
    @ValueSource(longs = {1, 2})
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
        IncrementalRuns.assertEqualFullRuns(IncrementalRuns.generated(projects, name, HookStorage.TEXT), recorded, runPoints,
                List.of(count), temp);
    }
}
