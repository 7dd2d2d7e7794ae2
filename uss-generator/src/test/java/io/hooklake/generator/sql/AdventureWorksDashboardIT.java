package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.dashboard.Dashboard;
import io.hooklake.generator.dashboard.Grain;
import io.hooklake.generator.dashboard.LakehouseQuery;
import io.hooklake.generator.dashboard.MetricChart;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.testing.HeadlessChromium;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model of the AdventureWorks example built on DuckDB over the shared data (each Parquet
 * file landed as one load), once for the class: each model has its declared columns and grain;
 * the dashboard's numbers equal the same questions asked of the raw Parquet files, computed here in
 * SQL of their own without any model; in headless Chromium at 1400 px its page has no console
 * error, draws every chart, changes its charts with its selectors, fits the window and links to
 * pages that exist (screenshots go to {@code target/screenshots/}); last, the same files landed
 * again make no new version. Skips when the example or the data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class AdventureWorksDashboardIT {

    private static final Path PROJECT = Path.of(System.getProperty("hooklake.aw.project",
            Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString()));
    private static final Path DATA = Path.of(System.getProperty("hooklake.shared.dir",
            Path.of("..", "..", "shared").toString()), "data", "adventure-works");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private Project project;
    private ModelSet set;
    private DuckDbLakehouse lake;
    private Map<String, MetricChart> charts;
    private Path page;

    @BeforeAll
    void buildTheLakehouseAndWriteTheDashboard() {
        assumeTrue(Files.isDirectory(PROJECT), "AdventureWorks example " + PROJECT + " absent: skipped");
        assumeTrue(Files.isRegularFile(DATA.resolve("addresses.parquet")), "AdventureWorks data " + DATA + " absent: skipped");
        project = ProjectLoader.load(PROJECT);
        set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        Map<ModelKind, Long> kinds = new EnumMap<>(ModelKind.class);
        set.models().forEach(m -> kinds.merge(m.kind(), 1L, Long::sum));
        System.out.println("AdventureWorks models per kind: " + kinds + ", total " + set.models().size());
        System.out.println("AdventureWorks references: " + set.references().size() + " ("
                + set.references().stream().filter(r -> !r.cascaded()).count() + " not cascaded); diagnostics by code: "
                + set.diagnostics().stream().collect(Collectors.groupingBy(d -> d.code(), TreeMap::new, Collectors.counting())));
        set.diagnostics().forEach(d -> System.out.println("  " + d));
        assertThat(kinds.get(ModelKind.FRAME)).isEqualTo(project.frames().size());
        lake = new DuckDbLakehouse(project);
        land("TIMESTAMP '2024-01-01 00:00:00'");
        Map<ModelKind, Long> millis = new EnumMap<>(ModelKind.class);
        Map<String, Long> perModel = new TreeMap<>();
        for (Model model : DuckDbLakehouse.inDagOrder(set.models())) {
            long start = System.nanoTime();
            lake.create(model);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            millis.merge(model.kind(), elapsed, Long::sum);
            perModel.put(model.name().qualified(), elapsed);
        }
        System.out.println("AdventureWorks milliseconds to create, per kind: " + millis);
        System.out.println("AdventureWorks slowest models (ms): " + perModel.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).toList());
        LakehouseQuery query = sql -> lake.rows(sql).stream()
                .map(row -> row.values().stream().map(v -> v == null ? "NULL" : v.toString()).toList()).toList();
        Dashboard dashboard = new Dashboard(query);
        charts = new TreeMap<>();
        dashboard.charts(project).forEach(c -> charts.put(c.name(), c));
        GenerationResult generated = UssGenerator.builder().build().generate(project, temp.resolve("out"));
        Path site = temp.resolve("site");
        new DocsSite(PROJECT).write(project, generated, site);
        page = temp.resolve(Dashboard.FILE);
        assertThat(dashboard.write(project, page, Optional.of(site))).isTrue();
        assertThat(dashboard.write(project, page, Optional.of(site))).as("unchanged: not written again").isFalse();
        System.out.println("AdventureWorks dashboard: " + page.toFile().length() + " bytes");
    }

    @AfterAll
    void close() {
        if (lake != null) {
            lake.close();
        }
    }

    /** Lands every Parquet file as one load at {@code loadedAt}. */
    private void land(String loadedAt) {
        NamingStrategy naming = new NamingStrategy(project.settings());
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                Path file = DATA.resolve(table.name().value() + ".parquet");
                String columns = table.columns().stream().filter(c -> !c.name().equals(table.loadColumn()))
                        .map(c -> Dialect.duckdb().quoted(c.name().value())).collect(Collectors.joining(", "));
                lake.execute("INSERT INTO " + lake.relation(naming.landing(table)) + " (" + columns + ", "
                        + Dialect.duckdb().quoted(table.loadColumn().value()) + ") SELECT " + columns + ", " + loadedAt
                        + " FROM read_parquet('" + file.toString().replace("'", "''") + "')");
            }
        }
    }

    @Test
    void everyModelHasItsDeclaredColumnsAndAtMostOneRowPerGrain() {
        Map<String, Long> rowsPerLayer = new TreeMap<>();
        for (Model model : set.models()) {
            List<String> declared = model.columns().stream().map(c -> c.name() + " " + c.type()).toList();
            assertThat(lake.describe(model.name())).as("columns of %s", model.name()).isEqualTo(declared);
            long rows = lake.count("SELECT * FROM " + lake.relation(model.name()));
            rowsPerLayer.merge(model.name().schema() + " " + model.kind(), rows, Long::sum);
            if (!model.grain().isEmpty()) {
                String grain = String.join(", ", model.grain());
                assertThat(lake.count("SELECT " + grain + " FROM " + lake.relation(model.name()) + " GROUP BY "
                        + grain + " HAVING count(*) > 1")).as("grain of %s", model.name()).isZero();
            }
        }
        System.out.println("AdventureWorks rows per layer: " + rowsPerLayer);
        assertThat(rowsPerLayer.values()).allMatch(n -> n > 0);
    }

    /** Last, as it lands a second load: the dashboard's charts were read from the first. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theSameFilesLandedAgainMakeNoNewVersion() {
        land("TIMESTAMP '2024-02-01 00:00:00'");
        for (Model frame : set.models()) {
            if (frame.kind() == ModelKind.FRAME) {
                long before = lake.count("SELECT * FROM " + lake.relation(frame.name()));
                lake.create(frame);
                assertThat(lake.count("SELECT * FROM " + lake.relation(frame.name())))
                        .as("versions of %s after an unchanged reload", frame.name()).isEqualTo(before);
            }
        }
    }

    /** A raw question: a period, a label and a number per row. */
    private Map<String, Map<LocalDate, Double>> raw(String sql) {
        Map<String, Map<LocalDate, Double>> answer = new HashMap<>();
        lake.rows(sql).forEach(r -> {
            List<Object> row = new ArrayList<>(r.values());
            answer.computeIfAbsent(String.valueOf(row.get(1)), l -> new HashMap<>())
                    .put(LocalDate.parse(String.valueOf(row.get(0)).substring(0, 10)), Double.valueOf(String.valueOf(row.get(2))));
        });
        return answer;
    }

    private static String parquet(String table) {
        return "read_parquet('" + DATA.resolve(table + ".parquet").toString().replace("'", "''") + "')";
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

    @Test
    void ordersPerDayAreTheRawOrdersCountedByOrderDate() {
        MetricChart.Periods day = charts.get("orders").grains().get(Grain.DAY);
        Map<String, Map<LocalDate, Double>> raw = raw("SELECT CAST(order_date AS DATE), 'total', count(*) FROM "
                + parquet("sales_order_headers") + " WHERE order_date IS NOT NULL GROUP BY ALL");
        assertEqualsRaw(day, day.total(), raw.get("total"), true);
        assertThat(day.periods().get(0)).isEqualTo(raw.get("total").keySet().stream().min(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void revenuePerWeekByTerritoryIsTheRawSubTotalsSummedByWeekAndTerritoryName() {
        MetricChart.Periods week = charts.get("revenue").grains().get(Grain.WEEK);
        Map<String, Map<LocalDate, Double>> raw = raw("SELECT date_trunc('week', CAST(h.order_date AS DATE)),"
                + " coalesce(CAST(t.name AS VARCHAR), 'N/A'), sum(h.sub_total) FROM " + parquet("sales_order_headers")
                + " AS h LEFT JOIN " + parquet("sales_territories") + " AS t ON t.territory_id = h.territory_id"
                + " WHERE h.order_date IS NOT NULL GROUP BY ALL");
        List<MetricChart.Series> territories = week.splits().get("sales_territory__name");
        assertThat(territories).hasSize(Math.min(raw.size(), 8));
        assertThat(week.hiddenSplitValues().get("sales_territory__name")).isEqualTo(Math.max(0, raw.size() - 8));
        territories.forEach(s -> assertEqualsRaw(week, s, raw.get(s.label()), true));
    }

    @Test
    void averageOrderValuePerMonthIsTheRawMeanSubTotalByMonth() {
        MetricChart.Periods month = charts.get("average_order_value").grains().get(Grain.MONTH);
        Map<String, Map<LocalDate, Double>> raw = raw("SELECT date_trunc('month', CAST(order_date AS DATE)), 'total',"
                + " avg(sub_total) FROM " + parquet("sales_order_headers") + " WHERE order_date IS NOT NULL GROUP BY ALL");
        assertEqualsRaw(month, month.total(), raw.get("total"), false);
    }

    @Test
    void onlineOrdersAndPurchaseOrdersByShipMethodAreTheRawCounts() {
        MetricChart.Periods online = charts.get("online_orders").grains().get(Grain.MONTH);
        assertEqualsRaw(online, online.total(), raw("SELECT date_trunc('month', CAST(order_date AS DATE)), 'total', count(*)"
                + " FROM " + parquet("sales_order_headers") + " WHERE online_order_flag AND order_date IS NOT NULL"
                + " GROUP BY ALL").get("total"), true);
        MetricChart.Periods purchases = charts.get("purchase_orders").grains().get(Grain.MONTH);
        Map<String, Map<LocalDate, Double>> raw = raw("SELECT date_trunc('month', CAST(p.order_date AS DATE)),"
                + " coalesce(CAST(s.name AS VARCHAR), 'N/A'), count(*) FROM " + parquet("purchase_order_headers") + " AS p"
                + " LEFT JOIN " + parquet("ship_methods") + " AS s ON s.ship_method_id = p.ship_method_id"
                + " WHERE p.order_date IS NOT NULL GROUP BY ALL");
        purchases.splits().get("ship_method__name").forEach(s -> assertEqualsRaw(purchases, s, raw.get(s.label()), true));
        assertThat(purchases.splits().get("ship_method__name")).extracting(MetricChart.Series::label)
                .containsExactlyInAnyOrderElementsOf(raw.keySet());
    }

    @Test
    void everyMetricOfTheExampleHasAChartWithLimits() {
        assertThat(charts.keySet()).containsExactlyInAnyOrder("orders", "revenue", "average_order_value", "online_orders",
                "orders_shipped", "orders_due", "purchase_orders", "purchase_spend");
        charts.values().forEach(c -> {
            MetricChart.Series total = c.grains().get(Grain.DAY).total();
            assertThat(total.xmr().values()).as(c.name()).hasSizeGreaterThan(20);
            assertThat(total.xmr().upper().get(0)).as(c.name()).isGreaterThan(total.xmr().centre().get(0));
        });
    }

    @Test
    void pageInChromiumDrawsEveryChartChangesWithItsSelectorsFitsTheWindowAndLinksToPages() {
        HeadlessChromium.assumeInstalled();
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
}
