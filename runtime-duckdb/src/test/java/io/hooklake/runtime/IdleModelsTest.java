package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.plan.Planner;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plan says which table models have work: those whose landed tables got no load after their
 * watermark have nothing to do; a run line shows the rows changed beside the table's size.
 */
class IdleModelsTest {

    private static final ModelName COUNTRIES = new ModelName("dab", "frame__geo__countries");
    private static final ModelName ORDERS = new ModelName("dab", "frame__geo__orders");
    private static final ModelName ORDERS_BRIDGE = new ModelName("dar__staging", "bridge__geo__orders");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DUCKDB", "DELTA"})
    void modelsWhoseLandedTablesGotNoNewLoadsHaveNothingToDoAndRunLinesShowRowsChanged(TableFormat format) {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse kept = Lakehouse.open(temp.resolve("kept"), format);
        GeoLoads.land(kept.landing(generated), 1);
        kept.run(generated);
        GeoLoads.countries(kept.landing(generated), "2024-02-01 00:00:00", "('NL', 'The Netherlands')",
                "('BE', 'Belgium')");

        Plan plan = kept.plan(generated);

        PlannedModel orders = plan.models().stream().filter(m -> m.name().equals(ORDERS)).findFirst().orElseThrow();
        assertThat(orders.action()).isEqualTo(Action.NOTHING);
        assertThat(orders.reason()).isEqualTo(Planner.NO_NEW_LOADS);
        assertThat(plan.work()).extracting(PlannedModel::name).contains(COUNTRIES, ORDERS_BRIDGE)
                .doesNotContain(ORDERS);
        assertThat(plan.toTable()).contains("nothing to do (no new loads of their landed tables): dab.frame__geo__addresses,"
                + " dab.frame__geo__orders, dab.frame__geo__states");
        assertThat(plan.toJson()).contains("\"reason\" : \"no new loads of its landed tables\"");

        RunResult result = kept.run(generated);

        assertThat(result.models()).extracting(ModelRun::name).doesNotContain(ORDERS).contains(ORDERS_BRIDGE);
        ModelRun countries = result.models().stream().filter(m -> m.name().equals(COUNTRIES)).findFirst().orElseThrow();
        assertThat(countries.action()).isEqualTo(Action.INCREMENTAL);
        assertThat(countries.rows()).isEqualTo(3);
        assertThat(countries.changed()).as("NL's two versions rewritten").isEqualTo(2);
        assertThat(PrintingRunListener.line(countries, 24)).contains("3 rows          2 changed");

        // Orders land later: the window of the orders' frame starts at its own, older watermark.
        GeoLoads.orders(kept.landing(generated), "2024-03-01 00:00:00",
                "(100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00)");
        assertThat(kept.run(generated).models()).extracting(ModelRun::name).contains(ORDERS);
        Lakehouse fresh = Lakehouse.open(temp.resolve("fresh"), format);
        GeoLoads.land(fresh.landing(generated), 1);
        GeoLoads.countries(fresh.landing(generated), "2024-02-01 00:00:00", "('NL', 'The Netherlands')",
                "('BE', 'Belgium')");
        GeoLoads.orders(fresh.landing(generated), "2024-03-01 00:00:00",
                "(100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00)");
        fresh.run(generated);
        if (format == TableFormat.DUCKDB) {
            assertThat(Databases.differences(Databases.file(kept), Databases.file(fresh), Fixture.tables(generated)))
                    .as("tables kept incrementally that differ from a full run").isEmpty();
        }
    }
}
