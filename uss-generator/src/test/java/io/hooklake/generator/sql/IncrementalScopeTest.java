package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which entities a window affects: nothing without loads, no bridge row for unchanged reloads, exactly the referring children for a parent change. */
class IncrementalScopeTest {

    private static final LocalDateTime T1 = LocalDateTime.parse("2024-01-01T00:00:00");
    private static final LocalDateTime T2 = LocalDateTime.parse("2024-02-01T00:00:00");
    private static final String V1 = "~epoch__valid_from|1970-01-01 00:00:00.000000";
    private static final String V2 = "~epoch__valid_from|2024-02-01 00:00:00.000000";

    /** countries NL, BE; states 1, 2 in NL and 3 in BE; address 10 in state 1, 11 in state 3; orders 100 (10, 11) and 101 (11, 11). */
    private static void small(DuckDbLakehouse lake) {
        lake.land("countries", Loads.L1, "'NL', 'Netherlands'", "'BE', 'Belgium'");
        lake.land("states", Loads.L1, "1, 'NL', 'Noord-Holland'", "2, 'NL', 'Utrecht'", "3, 'BE', 'Antwerpen'");
        lake.land("addresses", Loads.L1, "10, 1, 'Amsterdam', true", "11, 3, 'Antwerp', false");
        lake.land("orders", Loads.L1, "100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00",
                "101, 11, 11, DATE '2024-01-06', NULL, 'open', 5.00");
    }

    @Test
    void aWindowWithoutNewLoadsAffectsNoEntityAndChangesNothing() {
        try (IncrementalRunner runner = new IncrementalRunner(TestProjects.readablePits("geo"), Loads::geo)) {
            runner.fullBuild(runner.loads().get(runner.loads().size() - 1));
            Map<ModelName, List<String>> affected = runner.runIncremental(runner.watermark());
            assertThat(affected).hasSize(12);
            affected.forEach((model, entities) -> assertThat(entities).as("entities of %s", model).isEmpty());
            runner.assertEqualsFullBuild();
        }
    }

    @Test
    void anUnchangedReloadAffectsNoEntityWhileAChangedRowAmongReloadsAffectsOnlyItsOwn() {
        Project geo = TestProjects.readablePits("geo");
        Consumer<DuckDbLakehouse> loads = lake -> {
            small(lake);
            reloadUnchanged(geo, lake, Loads.L2);
            reloadUnchanged(geo, lake, Loads.L3);
            lake.execute("UPDATE das.landed__geo__orders SET status = 'shipped' WHERE order_id = 101 AND _loaded_at = "
                    + Loads.L3);
        };
        try (IncrementalRunner runner = new IncrementalRunner(geo, loads)) {
            assertThat(runner.loads()).containsExactly(T1, T2, LocalDateTime.parse("2024-03-01T00:00:00"));
            runner.fullBuild(T1);
            Map<ModelName, List<String>> reload = runner.runIncremental(T2);
            assertThat(reload).hasSize(12);
            reload.forEach((model, entities) -> assertThat(entities).as("entities of %s after an unchanged reload", model)
                    .isEmpty());
            runner.assertEqualsFullBuild();
            Map<ModelName, List<String>> oneChanged = runner.runIncremental(runner.loads().get(2));
            assertThat(oneChanged.get(frame(runner, "orders"))).containsExactly("101");
            assertThat(oneChanged.get(model(runner, ModelKind.BRIDGE, "orders")))
                    .containsExactly("order__geo|101" + V1, "order__geo|101~epoch__valid_from|2024-03-01 00:00:00.000000");
            oneChanged.forEach((model, entities) -> {
                if (!model.name().endsWith("__orders")) {
                    assertThat(entities).as("entities of %s", model).isEmpty();
                }
            });
            runner.assertEqualsFullBuild();
        }
    }

    @Test
    void aParentOnlyChangeAffectsExactlyTheChildVersionsThatReferToItAndReachesTheirExistingRows() {
        Consumer<DuckDbLakehouse> loads = lake -> {
            small(lake);
            lake.land("countries", Loads.L2, "'NL', 'The Netherlands'");
        };
        try (IncrementalRunner runner = new IncrementalRunner(TestProjects.readablePits("geo"), loads)) {
            runner.fullBuild(T1);
            Map<ModelName, List<String>> affected = runner.runIncremental(T2);
            assertThat(affected.get(frame(runner, "countries"))).containsExactly("NL");
            assertThat(affected.get(frame(runner, "states"))).isEmpty();
            assertThat(affected.get(frame(runner, "addresses"))).isEmpty();
            assertThat(affected.get(frame(runner, "orders"))).isEmpty();
            for (ModelKind kind : List.of(ModelKind.BRIDGE, ModelKind.EVENT_BRIDGE)) {
                assertThat(affected.get(model(runner, kind, "countries")))
                        .containsExactly("country__geo|NL" + V1, "country__geo|NL" + V2);
                assertThat(affected.get(model(runner, kind, "states")))
                        .containsExactly("state__geo|1" + V1, "state__geo|2" + V1);
                assertThat(affected.get(model(runner, kind, "addresses"))).containsExactly("address__geo|10" + V1);
                assertThat(affected.get(model(runner, kind, "orders"))).containsExactly("order__geo|100" + V1);
            }
            DuckDbLakehouse lake = runner.lake();
            assertThat(lake.rows("SELECT _pit_hook__country__billing AS billing, _pit_hook__country__shipping AS shipping"
                    + " FROM dar__staging.bridge__geo__orders WHERE _pit_hook__order = 'order__geo|100" + V1
                    + "' ORDER BY bridge__record_valid_from"))
                    .as("order 100's rows: split where its billing country changed")
                    .containsExactly(
                            Map.of("billing", "country__geo|NL" + V1, "shipping", "country__geo|BE" + V1),
                            Map.of("billing", "country__geo|NL" + V2, "shipping", "country__geo|BE" + V1));
            runner.assertEqualsFullBuild();
        }
    }

    private static ModelName frame(IncrementalRunner runner, String table) {
        return model(runner, ModelKind.FRAME, table);
    }

    private static ModelName model(IncrementalRunner runner, ModelKind kind, String table) {
        return runner.models().models().stream().filter(m -> m.kind() == kind && m.name().name().endsWith("__" + table))
                .map(Model::name).findFirst().orElseThrow();
    }

    /** Lands every row landed so far again, unchanged, as a load at {@code at}. */
    static void reloadUnchanged(Project project, DuckDbLakehouse lake, String at) {
        NamingStrategy naming = new NamingStrategy(project.settings());
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                String landing = lake.relation(naming.landing(table));
                lake.execute("INSERT INTO " + landing + " SELECT * REPLACE (" + at + " AS "
                        + Dialect.duckdb().quoted(table.loadColumn().value()) + ") FROM " + landing);
            }
        }
    }
}
