package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.HookStorage;
import io.hooklake.testing.LoadSink;
import io.hooklake.testing.Loads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental equals full, on the real runtime, over the small projects the generator's SQL tests
 * use and their hand-made rows ({@link Loads}): a lakehouse takes the loads in one by one and runs
 * after each (every run after the first incremental), and after each run every table equals that
 * of a full run of a new lakehouse over the same loads; geo in every hook storage. A last run
 * without new loads does nothing. {@link RandomIncrementalEqualsFullTest} does it over random loads.
 */
@Timeout(300)
class IncrementalEqualsFullTest {

    /** The projects, generated once for all the cases that run them. */
    @TempDir
    static Path projects;

    @TempDir
    Path temp;

    private static GeneratedProject generated(String name, HookStorage storage) {
        return IncrementalRuns.generated(projects, name, storage);
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
        IncrementalRuns.assertEqualFullRuns(generated(name, storage), recorded, runPoints, runPoints.subList(1, runPoints.size()),
                temp);
    }
}
