package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.generator.dashboard.Dashboard;
import io.hooklake.generator.dashboard.Grain;
import io.hooklake.generator.dashboard.MetricChart;
import io.hooklake.model.Metric;
import io.hooklake.model.Project;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard's roll-ups over the metrics project, against numbers worked out by hand: orders
 * 100 (customer 1, Monday 2024-01-01, 12.00), 101 (customer 2, 2024-01-05, 5.00), 102 (customer 1,
 * 2024-01-06, 7.00, cancelled), 103 (no customer, 2024-01-06, 3.00), 104 (customer 1, 2024-01-06,
 * 8.00) and 105 (customer 2, 2024-02-14, 4.00); customer 2's region is markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricDashboardTest {

    private static final String MARKUP = "</script><img src=x onerror=alert(1)>";

    private BuiltLakehouse shop;
    private Dashboard dashboard;
    private Map<String, MetricChart> charts;

    @BeforeAll
    void build() {
        shop = BuiltLakehouse.of("metrics", lake -> {
            lake.land("customers", Loads.L1, "1, 'North', DATE '2023-12-01'", "2, '" + MARKUP + "', DATE '2023-12-01'");
            lake.land("orders", Loads.L1, "100, 1, DATE '2024-01-01', 'open', 12.00",
                    "101, 2, DATE '2024-01-05', 'open', 5.00", "102, 1, DATE '2024-01-06', 'cancelled', 7.00",
                    "103, NULL, DATE '2024-01-06', 'open', 3.00", "104, 1, DATE '2024-01-06', 'open', 8.00",
                    "105, 2, DATE '2024-02-14', 'open', 4.00");
        });
        dashboard = new Dashboard(sql -> shop.lake().rows(sql).stream()
                .map(row -> row.values().stream().map(v -> v == null ? "NULL" : v.toString()).toList()).toList());
        charts = new TreeMap<>();
        dashboard.charts(shop.project()).forEach(c -> charts.put(c.name(), c));
    }

    @AfterAll
    void close() {
        shop.close();
    }

    @Test
    void countsFillEveryPeriodFromTheFirstToTheLastWithZeros() {
        MetricChart.Periods day = charts.get("orders").grains().get(Grain.DAY);
        assertThat(day.periods()).hasSize(45).startsWith(LocalDate.of(2024, 1, 1)).endsWith(LocalDate.of(2024, 2, 14));
        assertThat(day.total().values().subList(0, 6)).containsExactly(1.0, 0.0, 0.0, 0.0, 1.0, 3.0);
        MetricChart.Periods week = charts.get("orders").grains().get(Grain.WEEK);
        assertThat(week.periods()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 1, 22), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 12));
        assertThat(week.total().values()).containsExactly(5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(charts.get("orders").grains().get(Grain.MONTH).total().values()).containsExactly(5.0, 1.0);
    }

    @Test
    void meansOfAWeekAreOfItsEventsAndHaveNoValueWithoutEvents() {
        MetricChart.Periods week = charts.get("mean_order").grains().get(Grain.WEEK);
        // (12 + 5 + 7 + 3 + 8) / 5 = 7, not the mean of the daily means (12, 5, 6): 7.67
        assertThat(week.total().values()).containsExactly(7.0, null, null, null, null, null, 4.0);
        assertThat(week.total().xmr().values()).containsExactly(7.0, 4.0);
        assertThat(charts.get("biggest_order").grains().get(Grain.MONTH).total().values()).containsExactly(12.0, 4.0);
    }

    @Test
    void splitsSumByValueLargestFirstWithTheGhostsNotApplicable() {
        MetricChart.Periods month = charts.get("revenue").grains().get(Grain.MONTH);
        // revenue leaves out the cancelled order 102
        assertThat(month.splits().get("customer__region")).extracting(MetricChart.Series::label, MetricChart.Series::values)
                .containsExactly(tuple("North", List.of(20.0, 0.0)),
                        tuple(MARKUP, List.of(5.0, 4.0)),
                        tuple("N/A", List.of(3.0, 0.0)));
        assertThat(month.hiddenSplitValues()).containsEntry("customer__region", 0);
    }

    @Test
    void pageKeepsMarkupFromTheDataAndTheYamlAsText() {
        Project project = shop.project();
        Metric orders = project.metrics().get(0);
        Metric marked = new Metric(orders.name(), "<b>bold</b> & \"quoted\"", orders.frame(), orders.event(),
                orders.measure(), orders.filter(), orders.splitBy(), true, orders.location());
        Project withMarkup = new Project(project.settings(), project.sources(), project.concepts(), project.keysets(),
                project.frames(), List.of(marked));

        String page = dashboard.render(withMarkup, Optional.of("site"));

        assertThat(page).contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;").doesNotContain("<b>bold")
                .doesNotContain("<img").contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e")
                .contains("<a href=\"site/models/dar/metric__orders.html\">orders</a>");
        Matcher closing = Pattern.compile("</script>").matcher(page);
        int count = 0;
        while (closing.find()) {
            count++;
        }
        assertThat(count).as("only the data's and the script's own closing tags").isEqualTo(2);
        assertThat(page).as("nothing fetched").doesNotContainPattern("(src|href)=\"?(https?:|//)")
                .doesNotContainPattern("<(link|img|iframe)\\b").doesNotContainPattern("<script src");
    }
}
