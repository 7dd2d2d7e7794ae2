package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.HookStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Incremental runs of a lakehouse over recorded loads, checked against full runs of new lakehouses. */
final class IncrementalRuns {

    private IncrementalRuns() {
    }

    /**
     * The generation of the project {@code name} in hook storage {@code storage}, made once below
     * {@code projects} for every case that runs it.
     */
    static GeneratedProject generated(Path projects, String name, HookStorage storage) {
        Path folder = projects.resolve(name + "-" + storage);
        Fixture fixture = Files.isDirectory(folder) ? Fixture.at(folder.resolve("project-" + name),
                folder.resolve("generated-" + name)) : Fixture.copy(name, folder);
        if (storage != HookStorage.TEXT && !Files.isDirectory(fixture.outputDir())) {
            fixture.edit(yaml -> yaml.replaceFirst("(?m)^project:\\n", "project:\n  hook_storage: "
                    + storage.name().toLowerCase(Locale.ROOT) + "\n"));
        }
        return fixture.generate();
    }

    /**
     * Lands the loads into one lakehouse, running it after each of {@code runPoints} loads; after
     * those of {@code compareAt}, a full run of a new lakehouse over the same loads, built beside it
     * on a thread of its own, must have the same tables.
     */
    static void assertEqualFullRuns(GeneratedProject generated, RecordedLoads loads, List<Integer> runPoints,
            List<Integer> compareAt, Path temp) throws Exception {
        ExecutorService beside = Executors.newSingleThreadExecutor();
        RecordedLoads.FullRuns fullRuns = loads.new FullRuns(generated, temp.resolve("full"));
        Set<ModelKind> incremental = EnumSet.noneOf(ModelKind.class);
        long changed = 0;
        try (Lakehouse kept = Lakehouse.open(temp.resolve("kept"))) {
            int landed = 0;
            for (int upTo : runPoints) {
                Future<Lakehouse> full = compareAt.contains(upTo)
                        ? beside.submit(() -> fullRuns.upTo(upTo, temp.resolve("full-" + upTo))) : null;
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
