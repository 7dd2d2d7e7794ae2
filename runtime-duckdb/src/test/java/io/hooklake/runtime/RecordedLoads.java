package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.testing.LoadSink;
import io.hooklake.testing.Loads;
import io.hooklake.testing.RecordedRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The rows of a small project's loads ({@link Loads}, the same rows the generator's SQL tests land),
 * recorded by load, then landed into real lakehouses one load at a time, every table of a load in
 * one {@link Landing#appendAll} call, in the order of the loads' times.
 */
final class RecordedLoads {

    private final RecordedRows rows;

    private RecordedLoads(RecordedRows rows) {
        this.rows = rows;
    }

    static RecordedLoads of(Consumer<LoadSink> loads) {
        return new RecordedLoads(RecordedRows.of(loads));
    }

    /** The load values in the order of their times. */
    List<String> loads() {
        return rows.loads();
    }

    /** Lands the loads from {@code from} (inclusive) to {@code to} (exclusive), by position in {@link #loads()}. */
    void land(Lakehouse lakehouse, GeneratedProject generated, int from, int to) {
        Landing landing = lakehouse.landing(generated);
        for (String load : loads().subList(from, to)) {
            Map<String, Map<String, String>> selectsBySource = new LinkedHashMap<>();
            if (load.equals(loads().get(0))) {
                // A table without rows in any load is landed empty with the first one: a run reads every landed table.
                for (LandedTable table : generated.landedTables()) {
                    if (!rows.hasRows(table.table())) {
                        selectsBySource.computeIfAbsent(table.source(), s -> new LinkedHashMap<>()).put(table.table(),
                                "SELECT " + table.payload().stream().map(c -> "CAST(NULL AS " + c.type() + ") AS \"" + c.name()
                                        + "\"").collect(Collectors.joining(", ")) + " WHERE false");
                    }
                }
            }
            rows.rows(load).forEach((table, tuples) -> {
                LandedTable landed = generated.landedTables().stream().filter(t -> t.table().equals(table)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no table " + table + " in " + generated.project()));
                String columns = landed.payload().stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "));
                selectsBySource.computeIfAbsent(landed.source(), s -> new LinkedHashMap<>()).put(table,
                        "SELECT * FROM (VALUES (" + String.join("), (", tuples) + ")) AS v(" + columns + ")");
            });
            selectsBySource.forEach((source, selects) -> landing.appendAll(source, load, selects));
        }
    }

    /**
     * Full runs over ever more of the loads, each in a new lakehouse: what incremental runs over the
     * same loads must equal. The loads are landed once, in a lakehouse where nothing runs, which is
     * copied for each full run (cheaper than landing every load again).
     */
    final class FullRuns {

        private final GeneratedProject generated;
        private final Path folder;
        private int landed;

        FullRuns(GeneratedProject generated, Path folder) {
            this.generated = generated;
            this.folder = folder;
        }

        /** A new lakehouse at {@code directory} after a full run over the loads before {@code upTo}. */
        Lakehouse upTo(int upTo, Path directory) throws IOException {
            try (Lakehouse landing = Lakehouse.open(folder.resolve("landed"))) {
                land(landing, generated, landed, upTo);
                landed = upTo;
            }
            RelocationTest.copyFolder(folder.resolve("landed"), directory);
            Lakehouse full = Lakehouse.open(directory);
            RunResult run = full.run(generated);
            assertThat(run.models()).extracting(ModelRun::action).doesNotContain(Action.INCREMENTAL);
            return full;
        }
    }

    /** Every table of {@code kept} equals that of {@code full} (EXCEPT ALL both ways empty). */
    static void assertEqual(Lakehouse kept, Lakehouse full, GeneratedProject generated, String upTo) {
        assertThat(Databases.differences(Databases.file(kept), Databases.file(full), Fixture.tables(generated)))
                .as("tables of %s kept incrementally up to load %s that differ from a full run", generated.project(), upTo)
                .isEmpty();
    }
}
