package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.testing.LoadSink;
import io.hooklake.testing.Loads;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which entities an incremental run rewrites, on the real runtime (geo with readable point-in-time
 * hooks): none after an unchanged reload; only its own after one changed row among reloads; exactly
 * the child versions that refer to a parent that changed alone. An incremental model's rows
 * written ({@link ModelRun#changed()}) are every row of the entities its run affected, so they are
 * checked against the rows of the entities expected, and every other model writes none.
 */
@Timeout(120)
class IncrementalScopeTest {

    private static final String V1 = "~epoch__valid_from|1970-01-01 00:00:00.000000";
    private static final String V2 = "~epoch__valid_from|2024-02-01 00:00:00.000000";

    @TempDir
    Path temp;

    /**
     * countries NL, BE; states 1, 2 in NL and 3 in BE; address 10 in state 1, 11 in state 3; orders
     * 100 (10, 11) and 101 (11, 11), landed at {@code load}; order 101 has {@code status}.
     */
    private static void small(LoadSink lake, String load, String status) {
        lake.land("countries", load, "'NL', 'Netherlands'", "'BE', 'Belgium'");
        lake.land("states", load, "1, 'NL', 'Noord-Holland'", "2, 'NL', 'Utrecht'", "3, 'BE', 'Antwerpen'");
        lake.land("addresses", load, "10, 1, 'Amsterdam', true", "11, 3, 'Antwerp', false");
        lake.land("orders", load, "100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00",
                "101, 11, 11, DATE '2024-01-06', NULL, '" + status + "', 5.00");
    }

    private GeneratedProject geo() {
        return Fixture.copy("geo", temp).edit(yaml -> yaml.replaceFirst("(?m)^project:\\n",
                "project:\n  point_in_time_hooks: like_hooks\n")).generate();
    }

    @Test
    void anUnchangedReloadRewritesNothingWhileAChangedRowAmongReloadsRewritesOnlyItsEntity() throws Exception {
        GeneratedProject generated = geo();
        RecordedLoads loads = RecordedLoads.of(lake -> {
            small(lake, Loads.L1, "open");
            small(lake, Loads.L2, "open");
            small(lake, Loads.L3, "shipped");
        });
        try (Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"))) {
            loads.land(lakehouse, generated, 0, 1);
            lakehouse.run(generated);
            Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));

            loads.land(lakehouse, generated, 1, 2);
            RunResult reload = lakehouse.run(generated);
            assertThat(written(reload)).as("rows written by the incremental models after an unchanged reload")
                    .hasSize(12).allSatisfy((model, rows) -> assertThat(rows).as("rows of %s", model).isZero());
            Map<String, String> after = Databases.snapshot(Databases.file(lakehouse));
            for (ModelName table : Fixture.tables(generated)) {
                assertThat(after.get(table.qualified())).as("content of %s", table).isEqualTo(before.get(table.qualified()));
            }

            loads.land(lakehouse, generated, 2, 3);
            Map<ModelName, Long> oneChanged = written(lakehouse.run(generated));
            assertThat(oneChanged).hasSize(12);
            Set<String> order101 = Set.of("order__geo|101" + V1, "order__geo|101~epoch__valid_from|2024-03-01 00:00:00.000000");
            assertWritten(lakehouse, generated, oneChanged, Map.of(
                    model(generated, ModelKind.FRAME, "orders"), Set.of("101"),
                    model(generated, ModelKind.BRIDGE, "orders"), order101,
                    model(generated, ModelKind.EVENT_BRIDGE, "orders"), order101));
            try (Lakehouse full = loads.new FullRuns(generated, temp.resolve("full")).upTo(3, temp.resolve("full-3"))) {
                RecordedLoads.assertEqual(lakehouse, full, generated, loads.loads().get(2));
            }
        }
    }

    @Test
    void aParentOnlyChangeRewritesExactlyTheChildVersionsThatReferToIt() throws Exception {
        GeneratedProject generated = geo();
        RecordedLoads loads = RecordedLoads.of(lake -> {
            small(lake, Loads.L1, "open");
            lake.land("countries", Loads.L2, "'NL', 'The Netherlands'");
        });
        try (Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"))) {
            loads.land(lakehouse, generated, 0, 1);
            lakehouse.run(generated);
            loads.land(lakehouse, generated, 1, 2);
            Map<ModelName, Long> written = written(lakehouse.run(generated));

            Map<ModelName, Set<String>> expected = new TreeMap<>(
                    Map.of(model(generated, ModelKind.FRAME, "countries"), Set.of("NL")));
            for (ModelKind kind : List.of(ModelKind.BRIDGE, ModelKind.EVENT_BRIDGE)) {
                expected.put(model(generated, kind, "countries"), Set.of("country__geo|NL" + V1, "country__geo|NL" + V2));
                expected.put(model(generated, kind, "states"), Set.of("state__geo|1" + V1, "state__geo|2" + V1));
                expected.put(model(generated, kind, "addresses"), Set.of("address__geo|10" + V1));
                expected.put(model(generated, kind, "orders"), Set.of("order__geo|100" + V1));
            }
            assertWritten(lakehouse, generated, written, expected);
            assertThat(Databases.rows(Databases.file(lakehouse), "SELECT _pit_hook__country__billing,"
                    + " _pit_hook__country__shipping FROM dar__staging.bridge__geo__orders WHERE _pit_hook__order = 'order__geo|100"
                    + V1 + "' ORDER BY bridge__record_valid_from"))
                    .as("order 100's rows: split where its billing country changed")
                    .containsExactly("country__geo|NL" + V1 + "|country__geo|BE" + V1,
                            "country__geo|NL" + V2 + "|country__geo|BE" + V1);
            try (Lakehouse full = loads.new FullRuns(generated, temp.resolve("full")).upTo(2, temp.resolve("full-2"))) {
                RecordedLoads.assertEqual(lakehouse, full, generated, loads.loads().get(1));
            }
        }
    }

    /** The rows each incremental model of the run wrote. */
    private static Map<ModelName, Long> written(RunResult run) {
        assertThat(run.models()).filteredOn(m -> m.kind() == ModelKind.FRAME).extracting(ModelRun::action)
                .containsOnly(Action.INCREMENTAL);
        return run.models().stream().filter(m -> m.action() == Action.INCREMENTAL)
                .collect(Collectors.toMap(ModelRun::name, ModelRun::changed, (a, b) -> a, TreeMap::new));
    }

    /**
     * The models of {@code expected} wrote every row of the entities given and no other (their rows
     * counted in the lakehouse, at least one each); every other incremental model wrote none.
     */
    private static void assertWritten(Lakehouse lakehouse, GeneratedProject generated, Map<ModelName, Long> written,
            Map<ModelName, Set<String>> expected) {
        written.forEach((name, rows) -> {
            Set<String> entities = expected.get(name);
            if (entities == null) {
                assertThat(rows).as("rows written to %s", name).isZero();
                return;
            }
            CompiledModel model = generated.model(name).orElseThrow();
            String column = model.incremental().orElseThrow().entityColumn();
            String owned = Databases.rows(Databases.file(lakehouse), "SELECT count(*) FROM " + name.qualified()
                    + " WHERE CAST(\"" + column + "\" AS VARCHAR) IN (" + entities.stream().map(e -> "'" + e + "'")
                            .collect(Collectors.joining(", ")) + ")").get(0);
            assertThat(Long.parseLong(owned)).as("rows of %s in %s", entities, name).isPositive();
            assertThat(rows).as("rows written to %s: those of %s", name, entities).isEqualTo(Long.parseLong(owned));
        });
    }

    private static ModelName model(GeneratedProject generated, ModelKind kind, String table) {
        return generated.models().stream().filter(m -> m.kind() == kind && m.name().name().endsWith("__" + table))
                .map(CompiledModel::name).findFirst().orElseThrow();
    }
}
