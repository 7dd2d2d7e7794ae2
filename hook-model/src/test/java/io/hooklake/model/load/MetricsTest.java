package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.model.Aggregate;
import io.hooklake.model.Metric;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code metrics} section: what a declared metric holds, the default metrics, and its mistakes. */
class MetricsTest {

    @Test
    void declaredMetricNamesItsFrameByTableOrNameAndKeepsMeasureFilterAndSplit() {
        Project project = ProjectLoader.load(Path.of("src/test/resources/valid/metrics"));

        assertThat(project.settings().naming().metricPrefix()).isEqualTo("kpi");
        assertThat(project.metrics()).extracting(m -> m.name().value(), m -> m.frame().value(), m -> m.event().value(),
                Metric::aggregate, Metric::description, Metric::declared).containsExactly(
                        tuple("orders", "shop__orders", "ordered_on", Aggregate.COUNT, "Orders placed.", true),
                        tuple("revenue", "shop__orders", "paid", Aggregate.SUM, "", true));
        Metric revenue = project.metrics().get(1);
        assertThat(revenue.measure().orElseThrow().column().orElseThrow().column().value()).isEqualTo("order__amount");
        assertThat(revenue.filter().orElseThrow().sql()).isEqualTo("order__amount > 0");
        assertThat(revenue.filter().orElseThrow().location().line()).isEqualTo(40);
        assertThat(revenue.splitBy()).extracting(a -> a.column().value(), a -> a.location().line())
                .containsExactly(tuple("order__order_id", 41));
    }

    @Test
    void projectWithoutMetricsSectionCountsEveryEventOfEveryFrame() {
        // anchors: each table has a DATE column changed_on, so each frame has one event.
        Project project = ProjectLoader.load(Path.of("src/test/resources/valid/anchors"));

        assertThat(project.metrics()).allSatisfy(m -> {
            assertThat(m.declared()).isFalse();
            assertThat(m.aggregate()).isEqualTo(Aggregate.COUNT);
            assertThat(m.filter()).isEmpty();
            assertThat(m.splitBy()).isEmpty();
        });
        assertThat(project.metrics()).extracting(m -> m.name().value()).containsExactlyElementsOf(
                project.frames().stream().flatMap(f -> project.events(f).stream()
                        .map(e -> f.name().value() + "__" + e.value())).toList());
        assertThat(project.metrics()).extracting(m -> m.name().value())
                .containsExactly("shop__customers__changed_on", "shop__orders__changed_on");
    }

    @Test
    void emptyMetricsSectionMeansNoMetrics() {
        Project project = ProjectLoader.load(Path.of("src/test/resources/valid/metrics"));
        Project none = new Project(project.settings(), project.sources(), project.concepts(), project.keysets(),
                project.frames(), List.of());

        assertThat(none.metrics()).isEmpty();
        assertThat(new Project(project.settings(), project.sources(), project.concepts(), project.keysets(),
                project.frames()).metrics()).extracting(m -> m.name().value())
                .containsExactly("shop__orders__ordered_on", "shop__orders__paid");
    }

    @Test
    void reportsUnknownEventsBadAggregatesAndNameClashesOfMetrics() {
        String dir = "src/test/resources/invalid/metrics";

        assertThat(ProjectLoader.check(Path.of(dir)).diagnostics()).map(Diagnostic::toString).containsExactly(
                dir + "/lakehouse.yml:47:12: error LH128: event 'orderz.ordered_on' of metric 'lost' names no frame: 'orderz' is neither a frame's name nor its table's (did you mean 'orders'?)",
                dir + "/lakehouse.yml:49:12: error LH128: frame 'shop__orders' has no event 'shipped' (metric 'shipped') (its events: ordered_on, paid)",
                dir + "/lakehouse.yml:51:12: error LH128: event 'orders' of metric 'no_dot' is not written <frame>.<event> (such as sales_order_headers.ordered)",
                dir + "/lakehouse.yml:55:18: error LH129: 'total' is not an aggregate of metric 'revenue' (expected one of: count, sum, min, max, avg)",
                dir + "/lakehouse.yml:60:18: error LH129: aggregate 'max' of metric 'biggest' has no column to aggregate (add 'column', a column of a peripheral, such as sales_order_header__sub_total; or use 'count' to count the events)",
                dir + "/lakehouse.yml:61:11: error LH106: duplicate metric 'orders' (first declared at " + dir + "/lakehouse.yml:44:11)",
                dir + "/lakehouse.yml:63:11: error LH115: metric name 'bad name' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:65:11: error LH116: the model of metric 'sales', 'metric__sales', has the name of the peripheral of frame 'metric__sales' (give the metric another name)");
    }
}
