package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.dashboard.Dashboard;
import io.hooklake.generator.dashboard.Grain;
import io.hooklake.generator.dashboard.MetricChart;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.model.Project;
import io.hooklake.testing.HeadlessChromium;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dashboard of the AdventureWorks example, as {@code lakehouse:dashboard} writes it, on a
 * lakehouse that holds every row of the shared data: its numbers equal the same questions asked of
 * the raw Parquet files in SQL of their own, without any model, and its page works in a real
 * browser. Used by {@link AdventureWorksRunIT} once its first two loads (half of every table each)
 * are in.
 */
final class AdventureWorksDashboard {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private AdventureWorksDashboard() {
    }

    /**
     * Checks the charts of {@code lakehouse} against the raw files of {@code data} and writes the
     * page, linked to a docs site of the project, into {@code folder}; returns the page.
     */
    static Path checkAndWrite(Lakehouse lakehouse, Path projectDir, Project project, Path data, Path folder) {
        Dashboard dashboard = new Dashboard(sql -> lakehouse.query(sql, Integer.MAX_VALUE).rows());
        Map<String, MetricChart> charts = new TreeMap<>();
        dashboard.charts(project).forEach(c -> charts.put(c.name(), c));
        try (Raw raw = new Raw(data)) {
            assertAnswersAsTheRawFilesDo(charts, raw);
        }
        GenerationResult generated = UssGenerator.builder().build().generate(projectDir, folder.resolve("generated"));
        Path site = folder.resolve("site");
        new DocsSite(projectDir).write(project, generated, site);
        Path page = folder.resolve(Dashboard.FILE);
        assertThat(dashboard.write(project, page, Optional.of(site))).isTrue();
        assertThat(dashboard.write(project, page, Optional.of(site))).as("unchanged: not written again").isFalse();
        return page;
    }

    private static void assertAnswersAsTheRawFilesDo(Map<String, MetricChart> charts, Raw raw) {
        assertThat(charts.keySet()).containsExactlyInAnyOrder("orders", "revenue", "average_order_value", "online_orders",
                "orders_shipped", "orders_due", "purchase_orders", "purchase_spend");
        charts.values().forEach(c -> {
            MetricChart.Series total = c.grains().get(Grain.DAY).total();
            assertThat(total.xmr().values()).as(c.name()).hasSizeGreaterThan(20);
            assertThat(total.xmr().upper().get(0)).as(c.name()).isGreaterThan(total.xmr().centre().get(0));
        });

        // Orders per day: the raw orders counted by order date.
        MetricChart.Periods day = charts.get("orders").grains().get(Grain.DAY);
        Map<String, Map<LocalDate, Double>> orders = raw.answer("SELECT CAST(order_date AS DATE), 'total', count(*) FROM "
                + raw.file("sales_order_headers") + " WHERE order_date IS NOT NULL GROUP BY ALL");
        assertEqualsRaw(day, day.total(), orders.get("total"), true);
        assertThat(day.periods().get(0)).isEqualTo(orders.get("total").keySet().stream().min(LocalDate::compareTo).orElseThrow());

        // Revenue per week and territory: the raw sub-totals summed by week and territory name, the eight largest shown.
        MetricChart.Periods week = charts.get("revenue").grains().get(Grain.WEEK);
        Map<String, Map<LocalDate, Double>> revenue = raw.answer("SELECT date_trunc('week', CAST(h.order_date AS DATE)),"
                + " coalesce(CAST(t.name AS VARCHAR), 'N/A'), sum(h.sub_total) FROM " + raw.file("sales_order_headers")
                + " AS h LEFT JOIN " + raw.file("sales_territories") + " AS t ON t.territory_id = h.territory_id"
                + " WHERE h.order_date IS NOT NULL GROUP BY ALL");
        List<MetricChart.Series> territories = week.splits().get("sales_territory__name");
        assertThat(territories).hasSize(Math.min(revenue.size(), 8));
        assertThat(week.hiddenSplitValues().get("sales_territory__name")).isEqualTo(Math.max(0, revenue.size() - 8));
        territories.forEach(s -> assertEqualsRaw(week, s, revenue.get(s.label()), true));

        // Average order value per month: the raw mean sub-total by month (no value where a month has no order).
        MetricChart.Periods month = charts.get("average_order_value").grains().get(Grain.MONTH);
        assertEqualsRaw(month, month.total(), raw.answer("SELECT date_trunc('month', CAST(order_date AS DATE)), 'total',"
                + " avg(sub_total) FROM " + raw.file("sales_order_headers") + " WHERE order_date IS NOT NULL GROUP BY ALL")
                .get("total"), false);

        // Online orders per month, and purchase orders per month by ship method: the raw counts.
        MetricChart.Periods online = charts.get("online_orders").grains().get(Grain.MONTH);
        assertEqualsRaw(online, online.total(), raw.answer("SELECT date_trunc('month', CAST(order_date AS DATE)), 'total',"
                + " count(*) FROM " + raw.file("sales_order_headers") + " WHERE online_order_flag AND order_date IS NOT NULL"
                + " GROUP BY ALL").get("total"), true);
        MetricChart.Periods purchases = charts.get("purchase_orders").grains().get(Grain.MONTH);
        Map<String, Map<LocalDate, Double>> byShipMethod = raw.answer("SELECT date_trunc('month', CAST(p.order_date AS DATE)),"
                + " coalesce(CAST(s.name AS VARCHAR), 'N/A'), count(*) FROM " + raw.file("purchase_order_headers") + " AS p"
                + " LEFT JOIN " + raw.file("ship_methods") + " AS s ON s.ship_method_id = p.ship_method_id"
                + " WHERE p.order_date IS NOT NULL GROUP BY ALL");
        purchases.splits().get("ship_method__name").forEach(s -> assertEqualsRaw(purchases, s, byShipMethod.get(s.label()), true));
        assertThat(purchases.splits().get("ship_method__name")).extracting(MetricChart.Series::label)
                .containsExactlyInAnyOrderElementsOf(byShipMethod.keySet());
    }

    /** Every period of the series has the raw answer's value: 0 (count, sum) or none (mean) where the raw has no row. */
    private static void assertEqualsRaw(MetricChart.Periods periods, MetricChart.Series series, Map<LocalDate, Double> raw,
            boolean additive) {
        assertThat(raw).as("the raw answer has rows").isNotEmpty();
        assertThat(periods.periods()).as("periods of %s", series.label()).containsAll(raw.keySet());
        for (int i = 0; i < periods.periods().size(); i++) {
            LocalDate p = periods.periods().get(i);
            Double expected = raw.containsKey(p) ? raw.get(p) : additive ? Double.valueOf(0) : null;
            Double actual = series.values().get(i);
            if (expected == null) {
                assertThat(actual).as("%s %s", series.label(), p).isNull();
            } else {
                assertThat(actual).as("%s %s", series.label(), p).isNotNull();
                assertThat(actual).as("%s %s", series.label(), p).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    /**
     * The page in headless Chromium at 1400 px: no console error, every chart drawn with its limits,
     * the charts change with the grain and split selectors, the page fits the window, and every link
     * leads to a page of the docs site. Screenshots go to {@code target/screenshots/}.
     */
    static void assertPageWorksInChromium(Path page) {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.open(page);
            chromium.screenshot(SCREENSHOTS.resolve("dashboard.png"));
            assertThat(chromium.severeLogs()).as("console errors").isEmpty();
            assertThat(chromium.number("return document.querySelectorAll('section.metric').length")).isEqualTo(8);
            assertThat(chromium.strings("return Array.from(document.querySelectorAll('svg.xmr'))"
                    + ".map(s => s.getAttribute('data-points'))")).hasSize(8).allSatisfy(n -> assertThat(Integer.parseInt(n)).isPositive());
            assertThat(chromium.number("return document.querySelectorAll('svg.xmr polyline.limit').length")).isGreaterThanOrEqualTo(16);
            assertFits(chromium);

            double daily = chromium.number("return +document.querySelector('svg.xmr').getAttribute('data-points')");
            choose(chromium, "grain", "month");
            double monthly = chromium.number("return +document.querySelector('svg.xmr').getAttribute('data-points')");
            assertThat(monthly).isPositive().isLessThan(daily / 20);
            assertThat(chromium.strings("return Array.from(document.querySelectorAll('.kpi .period')).map(e => e.textContent)"))
                    .allSatisfy(t -> assertThat(t).startsWith("latest month: "));

            choose(chromium, "split", "sales_territory__name");
            List<String> perChart = chromium.strings("return Array.from(document.querySelectorAll('svg.xmr'))"
                    + ".map(s => s.getAttribute('data-points'))");
            assertThat(perChart).hasSizeGreaterThan(8 + 8).allSatisfy(n -> assertThat(Integer.parseInt(n)).isPositive());
            assertThat(chromium.strings("return Array.from(document.querySelectorAll('.splits h3')).map(e => e.textContent)"))
                    .contains("sales_territory__name = Northwest");
            assertFits(chromium);
            chromium.screenshot(SCREENSHOTS.resolve("dashboard-split.png"));
            chromium.fullPageScreenshot(SCREENSHOTS.resolve("dashboard-full.png"));
            assertThat(chromium.severeLogs()).as("console errors").isEmpty();

            List<String> links = chromium.strings("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            assertThat(links).hasSize(8).allSatisfy(href -> {
                assertThat(href).startsWith("file:");
                assertThat(Path.of(URI.create(href))).as(href).isRegularFile();
            });
        }
    }

    private static void choose(HeadlessChromium chromium, String select, String value) {
        chromium.script("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));", select, value);
    }

    private static void assertFits(HeadlessChromium chromium) {
        assertThat(chromium.number("return document.documentElement.scrollWidth"))
                .as("page width").isLessThanOrEqualTo(chromium.number("return window.innerWidth"));
        assertThat(chromium.number("return Math.max(...Array.from(document.querySelectorAll('svg.xmr'))"
                + ".map(s => s.getBoundingClientRect().right))")).isLessThanOrEqualTo(chromium.number("return window.innerWidth"));
    }

    /** The raw Parquet files, asked through an in-memory DuckDB of the test's own. */
    private static final class Raw implements AutoCloseable {

        private final Path data;
        private final Connection connection;

        Raw(Path data) {
            this.data = data;
            try {
                connection = DriverManager.getConnection("jdbc:duckdb:");
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        String file(String table) {
            return "read_parquet('" + data.resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''") + "')";
        }

        /** A raw question whose rows are a period, a label and a number: the numbers by label and period. */
        Map<String, Map<LocalDate, Double>> answer(String sql) {
            Map<String, Map<LocalDate, Double>> answer = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    answer.computeIfAbsent(rs.getString(2), l -> new HashMap<>())
                            .put(LocalDate.parse(rs.getString(1).substring(0, 10)), rs.getDouble(3));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
            }
            return answer;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
