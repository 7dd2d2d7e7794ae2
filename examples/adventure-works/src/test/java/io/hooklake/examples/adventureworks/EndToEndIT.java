package io.hooklake.examples.adventureworks;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dashboard.Dashboard;
import io.hooklake.generator.dashboard.Grain;
import io.hooklake.generator.dashboard.MetricChart;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.TableFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example end to end, on what its build just did through the plugin: in {@code package} the
 * build generated every model, landed the first load and ran, landed the other loads and ran
 * again (an incremental run), all in its lakehouse ({@code lakehouse.lakehouseDirectory}, on the
 * data the build wrote to {@code aw.out}: synthetic by default, {@code -Daw.source=real} for the
 * real data). This test checks the model count, every table's grain, that lakehouse against one
 * full run over the same loads in a fresh lakehouse, and that each business question in
 * {@code src/main/queries} gives, through the Unified Star Schema, the answer the same question
 * asked of the raw tables directly gives ({@code src/test/resources/raw-questions}). (The real data
 * in five loads, incremental against full, is {@code AdventureWorksRunIT} of runtime-duckdb.)
 */
class EndToEndIT {

    @TempDir
    Path temp;

    @Test
    void theExampleBuildsEveryModelRunsIncrementallyAsFullAndAnswersTheBusinessQuestionsAsTheRawTablesDo()
            throws IOException {
        Path built = Path.of(System.getProperty("hooklake.aw.lakehouse", "target/lakehouse-synthetic"));
        Path data = Path.of(System.getProperty("hooklake.aw.data", "target/adventure-works-data"));
        Path output = Path.of(System.getProperty("hooklake.aw.generated", "target/lakehouse"));
        assertThat(built.resolve("lakehouse.properties")).as("the lakehouse the build's package phase runs (" + built
                + "): run this test in the build (mvn verify), not with -Dlakehouse.skip").isRegularFile();
        System.out.println("end to end on the lakehouse the build ran: " + built + ", data " + data);

        GeneratedProject generated = GeneratedProject.read(output);
        Map<ModelKind, Long> perKind = new EnumMap<>(ModelKind.class);
        generated.models().forEach(m -> perKind.merge(m.kind(), 1L, Long::sum));
        assertThat(generated.models()).hasSize(350);
        assertThat(perKind).containsEntry(ModelKind.RAW, 68L).containsEntry(ModelKind.FRAME, 68L)
                .containsEntry(ModelKind.BRIDGE, 68L).containsEntry(ModelKind.EVENT_BRIDGE, 68L)
                .containsEntry(ModelKind.PERIPHERAL, 68L).containsEntry(ModelKind.UNIFIED_BRIDGE, 1L)
                .containsEntry(ModelKind.CALENDAR, 1L).containsEntry(ModelKind.METRIC, 8L);

        TableFormat format = TableFormat.fromName(System.getProperty("lakehouse.format", "delta"));
        Lakehouse incremental = Lakehouse.open(built, format);
        assertThat(incremental.plan(generated).isNoOp()).as("the build ran every load it landed").isTrue();
        List<String> loads = Files.readAllLines(data.resolve("loads.tsv"), StandardCharsets.UTF_8);
        assertThat(loads).as("the loads of " + data).hasSizeGreaterThan(2);
        Lakehouse full = Lakehouse.open(temp.resolve("full"), format);
        for (String load : loads.subList(1, loads.size())) {
            String[] folderAndTime = load.split("\t");
            full.landing(generated).ingestFolder("adventure_works", folderAndTime[1], data.resolve(folderAndTime[0]));
        }
        full.run(generated);

        List<CompiledModel> tables = generated.models().stream()
                .filter(m -> m.materialization() != Materialization.VIEW).toList();
        assertThat(tables).hasSize(213);  // 205 tables of the USS, 8 metric tables
        // One query per lakehouse for all tables: each query opens the lakehouse's sandbox.
        String grainsAndDigests = tables.stream().map(table -> {
            String relation = "\"" + table.name().schema() + "\".\"" + table.name().name() + "\"";
            String grain = table.grain().stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(", "));
            return "SELECT '" + table.name().qualified() + "' AS name, count(*) - count(DISTINCT (" + grain + "))"
                    + " AS beyond_grain, count(*) || ' ' || coalesce(CAST(sum(CAST(hash(t) AS HUGEINT)) AS VARCHAR), '-')"
                    + " AS digest FROM " + relation + " AS t";
        }).collect(Collectors.joining("\nUNION ALL\n"));
        Map<String, List<String>> kept = byName(incremental.query(grainsAndDigests, 1_000).rows());
        Map<String, List<String>> once = byName(full.query(grainsAndDigests, 1_000).rows());
        assertThat(kept).hasSize(tables.size());
        Map<String, String> differences = new TreeMap<>();
        for (CompiledModel table : tables) {
            String name = table.name().qualified();
            assertThat(kept.get(name).get(1)).as("rows of %s beyond one per grain", name).isEqualTo("0");
            if (!kept.get(name).get(2).equals(once.get(name).get(2))) {
                differences.put(name, kept.get(name).get(2) + " <> " + once.get(name).get(2));
            }
        }
        assertThat(differences).as("tables whose incremental build differs from one full run").isEmpty();

        assertDashboardAnswersAsTheLandedTablesDo(incremental, ProjectLoader.load(LoadedData.project()));

        List<Path> questions = questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(4);
        for (Path question : questions) {
            QueryResult uss = incremental.query(Files.readString(question, StandardCharsets.UTF_8), 10_000);
            QueryResult raw = incremental.query(Files.readString(rawQuestion(question), StandardCharsets.UTF_8), 10_000);
            System.out.println(question.getFileName() + " through the unified star schema:\n" + uss.toTable());
            assertThat(uss.rows()).as("%s answers something", question.getFileName()).isNotEmpty();
            assertThat(uss.truncated()).isFalse();
            assertThat(uss.rows()).as("%s through the USS against the raw tables", question.getFileName())
                    .isEqualTo(raw.rows());
        }

        Map<String, String> examples = sqlExamplesOfTheDocs();
        assertThat(examples).as("the docs show SQL").isNotEmpty();
        for (var example : examples.entrySet()) {
            QueryResult answer = incremental.query(example.getValue(), 10);
            assertThat(answer.rows()).as("the SQL example at %s answers something", example.getKey()).isNotEmpty();
        }
    }

    /**
     * Every {@code ```sql} block of the README and docs/, by {@code file:line}: each must run on the
     * example's lakehouse and return rows. (Sketches with placeholders are fenced as text.)
     */
    static Map<String, String> sqlExamplesOfTheDocs() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();  // examples/adventure-works is the module
        List<Path> pages = new java.util.ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        Map<String, String> examples = new TreeMap<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```sql")) {
                    int start = i + 1;
                    StringBuilder sql = new StringBuilder();
                    for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                        sql.append(lines.get(i)).append('\n');
                    }
                    examples.put(root.relativize(page) + ":" + start, sql.toString());
                }
            }
        }
        return examples;
    }

    /**
     * The dashboard after the loads and runs: its orders per month, in total and per territory, are
     * the latest version of each landed order counted by its order date's month (and its territory
     * as last landed), asked of the landing tables without any model.
     */
    private static void assertDashboardAnswersAsTheLandedTablesDo(Lakehouse lakehouse, Project project) {
        Map<String, MetricChart> charts = new TreeMap<>();
        new Dashboard(sql -> lakehouse.query(sql, Integer.MAX_VALUE).rows()).charts(project)
                .forEach(c -> charts.put(c.name(), c));
        assertThat(charts).hasSize(8);
        MetricChart.Periods month = charts.get("orders").grains().get(Grain.MONTH);
        String latest = " QUALIFY row_number() OVER (PARTITION BY %s ORDER BY _loaded_at DESC) = 1";
        String orders = "(SELECT * FROM das.landed__adventure_works__sales_order_headers WHERE sales_order_id IS NOT NULL"
                + latest.formatted("sales_order_id") + ")";
        String territories = "(SELECT * FROM das.landed__adventure_works__sales_territories WHERE territory_id IS NOT NULL"
                + latest.formatted("territory_id") + ")";
        Map<String, Map<String, Double>> raw = new TreeMap<>();
        lakehouse.query("SELECT strftime(date_trunc('month', CAST(h.order_date AS DATE)), '%Y-%m-%d'), 'total', count(*)"
                + " FROM " + orders + " AS h WHERE h.order_date IS NOT NULL GROUP BY ALL UNION ALL"
                + " SELECT strftime(date_trunc('month', CAST(h.order_date AS DATE)), '%Y-%m-%d'),"
                + " coalesce(CAST(t.name AS VARCHAR), 'N/A'), count(*) FROM " + orders + " AS h LEFT JOIN " + territories
                + " AS t ON t.territory_id = h.territory_id WHERE h.order_date IS NOT NULL GROUP BY ALL", Integer.MAX_VALUE)
                .rows().forEach(r -> raw.computeIfAbsent(r.get(1), l -> new TreeMap<>()).put(r.get(0), Double.valueOf(r.get(2))));
        List<MetricChart.Series> series = new java.util.ArrayList<>(month.splits().get("sales_territory__name"));
        series.add(month.total());
        for (MetricChart.Series s : series) {
            Map<String, Double> expected = raw.get(s.label());
            for (int i = 0; i < month.periods().size(); i++) {
                assertThat(s.values().get(i)).as("orders of %s in %s", s.label(), month.periods().get(i))
                        .isEqualTo(expected.getOrDefault(month.periods().get(i).toString(), 0.0));
            }
            assertThat(month.periods()).extracting(Object::toString).containsAll(expected.keySet());
        }
        assertThat(month.total().xmr().upper()).isNotEmpty();
    }

    private static Map<String, List<String>> byName(List<List<String>> rows) {
        Map<String, List<String>> byName = new TreeMap<>();
        rows.forEach(row -> byName.put(row.get(0), row));
        return byName;
    }

    /** The business questions that have a raw counterpart (all but the row counts). */
    private static List<Path> questions() throws IOException {
        try (Stream<Path> files = Files.list(LoadedData.project().resolveSibling("queries"))) {
            return files.filter(f -> Files.isRegularFile(rawQuestion(f))).sorted().toList();
        }
    }

    private static Path rawQuestion(Path question) {
        return LoadedData.project().resolveSibling("..").resolve("test").resolve("resources").resolve("raw-questions")
                .resolve(question.getFileName().toString()).normalize();
    }
}
