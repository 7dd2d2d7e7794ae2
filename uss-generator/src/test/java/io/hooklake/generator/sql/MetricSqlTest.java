package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Metric models of the metrics project, compared with what its loads mean, worked out by hand:
 * L1 lands customers 1 (North) and 2 (South), orders 100 (customer 1, 2024-01-05, 10.00),
 * 101 (customer 2, 2024-01-05, 5.00) and 102 (customer 1, 2024-01-06, 7.00, cancelled); L2 changes
 * order 100's amount to 12.00, moves customer 2 to East, and adds order 103 without customer
 * (2024-01-06, 3.00). A metric counts each order once, with what is known now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricSqlTest {

    private BuiltLakehouse shop;

    @BeforeAll
    void build() {
        shop = BuiltLakehouse.of("metrics", lake -> {
            lake.land("customers", Loads.L1, "1, 'North', DATE '2023-12-01'", "2, 'South', DATE '2023-12-01'");
            lake.land("customers", Loads.L2, "1, 'North', DATE '2023-12-01'", "2, 'East', DATE '2023-12-01'");
            lake.land("orders", Loads.L1, "100, 1, DATE '2024-01-05', 'open', 10.00",
                    "101, 2, DATE '2024-01-05', 'open', 5.00", "102, 1, DATE '2024-01-06', 'cancelled', 7.00");
            lake.land("orders", Loads.L2, "100, 1, DATE '2024-01-05', 'open', 12.00",
                    "101, 2, DATE '2024-01-05', 'open', 5.00", "102, 1, DATE '2024-01-06', 'cancelled', 7.00",
                    "103, NULL, DATE '2024-01-06', 'open', 3.00");
        });
    }

    @AfterAll
    void close() {
        shop.close();
    }

    private List<List<Object>> rows(String metric, String columns) {
        return shop.lake().rows("SELECT " + columns + " FROM " + shop.relation(ModelKind.METRIC, metric)
                + " ORDER BY ALL").stream().map(r -> List.copyOf(r.values())).toList();
    }

    @Test
    void everyMetricIsATableInTheStarSchemaWithItsDayAndSplitsAsGrain() {
        assertThat(shop.models(ModelKind.METRIC)).extracting(m -> m.name().qualified()).containsExactly(
                "dar.metric__biggest_order", "dar.metric__mean_order", "dar.metric__orders", "dar.metric__revenue",
                "dar.metric__sign_ups");
        Model orders = shop.model(ModelKind.METRIC, "metric__orders");
        assertThat(orders.materialization()).isEqualTo(Materialization.TABLE);
        assertThat(orders.grain()).containsExactly("metric__date", "customer__region", "order__status");
        assertThat(orders.columns()).extracting(ModelColumn::name, ModelColumn::type).containsExactly(
                tuple("metric__date", "DATE"), tuple("customer__region", "VARCHAR"), tuple("order__status", "VARCHAR"),
                tuple("metric__events", "BIGINT"), tuple("metric__value", "DOUBLE"), tuple("metric__measured", "BIGINT"));
        assertThat(orders.upstream()).extracting(ModelName::qualified).containsExactly("dar._bridge__as_of",
                "dar.calendar", "dar.shop__customers", "dar.shop__orders");
        assertThat(shop.model(ModelKind.METRIC, "metric__sign_ups").upstream()).extracting(ModelName::qualified)
                .containsExactly("dar._bridge__as_of", "dar.calendar");
        assertThat(orders.origin().orElseThrow().line()).isEqualTo(45);
    }

    @Test
    void countOfEventsCountsEachOrderOnceByItsDayWithTheCustomersRegionAsNowKnown() {
        assertThat(rows("metric__orders", "strftime(metric__date, '%Y-%m-%d'), customer__region, order__status,"
                + " metric__events, metric__value")).containsExactly(
                        List.of("2024-01-05", "East", "open", "1", "1.0"),
                        List.of("2024-01-05", "North", "open", "1", "1.0"),
                        List.of("2024-01-06", "N/A", "open", "1", "1.0"),
                        List.of("2024-01-06", "North", "cancelled", "1", "1.0"));
    }

    @Test
    void sumKeepsOnlyFilteredEventsAndTakesTheCurrentAmount() {
        assertThat(rows("metric__revenue", "strftime(metric__date, '%Y-%m-%d'), customer__region, metric__value,"
                + " metric__measured")).containsExactly(
                        List.of("2024-01-05", "East", "5.0", "1"),
                        List.of("2024-01-05", "North", "12.0", "1"),
                        List.of("2024-01-06", "N/A", "3.0", "1"));
    }

    @Test
    void maxAndAverageAreOfTheDaysOrders() {
        assertThat(rows("metric__biggest_order", "strftime(metric__date, '%Y-%m-%d'), metric__value"))
                .containsExactly(List.of("2024-01-05", "12.0"), List.of("2024-01-06", "7.0"));
        assertThat(rows("metric__mean_order", "strftime(metric__date, '%Y-%m-%d'), metric__value, metric__measured"))
                .as("avg keeps the sum and the count, so weeks and splits can be averaged again")
                .containsExactly(List.of("2024-01-05", "17.0", "2"), List.of("2024-01-06", "10.0", "2"));
    }

    @Test
    void metricOfAnotherFramesEventCountsItsRows() {
        assertThat(rows("metric__sign_ups", "strftime(metric__date, '%Y-%m-%d'), metric__events"))
                .containsExactly(List.of("2023-12-01", "2"));
    }

    @Test
    void columnsAndFiltersOutsideWhatTheEventReachesAreRefusedWhereWritten() {
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(TestProjects.load("broken-metrics"));
        String file = "src/test/resources/projects/broken-metrics/lakehouse.yml";

        assertThat(set.diagnostics()).filteredOn(Diagnostic::isError).map(Diagnostic::toString).containsExactly(
                file + ":42:39: error LH211: measure column 'amount' of metric 'revenue' is not a column of a peripheral that event 'shop__orders.order_date' reaches (its rows reach the peripherals shop__orders, shop__customers; columns are named <prefix>__<column>, as in the peripheral)",
                file + ":45:16: error LH211: split_by column 'order__amount' of metric 'by_order' is not a column of a peripheral that event 'shop__customers.signed_up' reaches (its rows reach the peripherals shop__customers; columns are named <prefix>__<column>, as in the peripheral)",
                file + ":48:13: error LH207: filter of metric 'filtered' holds a subquery, '(SELECT 1)', which reads other relations (a filter may use the columns of the peripherals its event's rows reach (see LH211), literals, operators, CASE, CAST and the functions listed in docs/sql-subset.md)",
                file + ":51:13: error LH207: filter of metric 'elsewhere' uses 'customer__nickname', which is not a column of the peripherals that event 'shop__orders.order_date' reaches (a filter may use the columns of the peripherals its event's rows reach (see LH211), literals, operators, CASE, CAST and the functions listed in docs/sql-subset.md)");
    }
}
