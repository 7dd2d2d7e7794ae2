package io.hooklake.runtime.bench;

import io.hooklake.runtime.Fixture;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times a full run and an incremental run after a load that changes 1% of the rows, over the
 * AdventureWorks example scaled up {@code benchmark.scale} times (default 10; see
 * {@link ScaledLoadBuilder} for how keys are offset per copy). Then a third load that reloads
 * another 1% unchanged, and a fourth that changes 1% of the fact tables' rows only
 * ({@link #FACTS}), each run incrementally too; and, unless {@code -Dbenchmark.verify=false}, a
 * second lakehouse that lands the same four loads and runs once, fully, whose tables must equal
 * the incremental lakehouse's. Unless {@code -Dbenchmark.floor=false}, it also counts the rows any
 * incremental run must write after the 1% change (the rows of the tables then that were not there
 * after the full run) against the rows the incremental run wrote. Prints figures; exits non-zero
 * only when that check fails.
 *
 * <p>Run: {@code ./mvnw -B -q -pl runtime-duckdb -am install -DskipTests} once, then
 * {@code ./mvnw -B -q -pl runtime-duckdb -Pscaled-run-benchmark verify -DskipTests -Dbenchmark.scale=10}.
 *
 * <p>Arguments (all optional): the project folder (default
 * {@code examples/adventure-works/src/main/lakehouse} beside the module), the data folder
 * (default {@code <hooklake.shared.dir>/data/adventure-works}), a scratch folder (default
 * {@code target/scaled-run-benchmark}). Without the data it says so and exits 0.
 */
public final class ScaledRunBenchmark {

    private static final String[] LOADS = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00", "2024-04-01 00:00:00"};

    /** The fact tables: the large tables no other table refers to, whose change load 4 confines itself to. */
    static final Set<String> FACTS = Set.of("sales_order_details", "sales_order_header_sales_reasons",
            "transaction_histories", "transaction_history_archives", "work_order_routings", "purchase_order_details");

    private ScaledRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString());
        Path data = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "shared").toString()), "data", "adventure-works");
        Path scratch = Path.of(args.length > 2 ? args[2] : Path.of("target", "scaled-run-benchmark").toString());
        int scale = Integer.parseInt(System.getProperty("benchmark.scale", "10"));
        boolean verify = Boolean.parseBoolean(System.getProperty("benchmark.verify", "true"));
        if (!Files.isRegularFile(data.resolve("addresses.parquet")) || !Files.isDirectory(project)) {
            System.out.println("ScaledRunBenchmark needs the AdventureWorks data (" + data.toAbsolutePath().normalize()
                    + ", or -Dhooklake.shared.dir=<dir holding data/adventure-works>) and the example project ("
                    + project.toAbsolutePath().normalize() + "): not run");
            return;
        }
        delete(scratch);
        Files.createDirectories(scratch);
        Project aw = ProjectLoader.load(project);
        ScaledLoadBuilder loads = ScaledLoadBuilder.of(aw, data, scale);
        System.out.printf(Locale.ROOT, "AdventureWorks x%d on %d cores, load average %.2f at start%n", scale,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print("key columns (offset per copy k) and the column the change load modifies:\n" + loads.describe(aw));
        GeneratedProject generated = Fixture.generate(project, scratch.resolve("generated"));
        List<ModelName> tables = generated.models().stream()
                .filter(m -> m.materialization() != Materialization.VIEW).map(m -> m.name()).toList();

        Lakehouse lakehouse = Lakehouse.open(scratch.resolve("incremental"));
        land(lakehouse, generated, aw, "load 1: every table x" + scale, LOADS[0], (t, b) -> loads.scaled(t));
        RunResult full = lakehouse.run(generated);
        report("full run", full);
        printRowsPerLayer(full);
        boolean floor = Boolean.parseBoolean(System.getProperty("benchmark.floor", "true"));
        Path afterFull = scratch.resolve("after-full.duckdb");
        if (floor) {
            Files.copy(lakehouse.directory().resolve("lakehouse.duckdb"), afterFull);
        }

        land(lakehouse, generated, aw, "load 2: 1% of the rows changed", LOADS[1], (t, b) -> loads.percent(t, 0, true));
        RunResult incremental = lakehouse.run(generated);
        report("incremental run after the 1% change", incremental);
        printTop(incremental, 12);
        System.out.printf(Locale.ROOT, "RESULT x%d: full %.2f s, incremental after a 1%% change %.2f s, ratio %.3f (aim < 0.100)%n",
                scale, full.summary().seconds(), incremental.summary().seconds(),
                incremental.summary().seconds() / full.summary().seconds());
        if (floor) {
            long start = System.nanoTime();
            ExampleLoadsBenchmark.printRowsToWrite(afterFull, lakehouse.directory().resolve("lakehouse.duckdb"), incremental);
            System.out.printf(Locale.ROOT, "  (rows to write after the 1%% change, counted in %.2f s)%n", seconds(start));
            Files.delete(afterFull);
        }

        land(lakehouse, generated, aw, "load 3: another 1% reloaded unchanged", LOADS[2], (t, b) -> loads.percent(t, 1, false));
        RunResult reload = lakehouse.run(generated);
        report("incremental run after the 1% unchanged reload", reload);
        printTop(reload, 5);
        System.out.printf(Locale.ROOT, "RESULT x%d: incremental after a 1%% unchanged reload %.2f s, ratio %.3f%n", scale,
                reload.summary().seconds(), reload.summary().seconds() / full.summary().seconds());
        land(lakehouse, generated, aw, "load 4: 1% of the rows of the fact tables changed", LOADS[3], FACTS, (t, b) -> loads.percent(t, 2, true));
        RunResult facts = lakehouse.run(generated);
        report("incremental run after the 1% change of the fact tables", facts);
        printTop(facts, 8);
        System.out.printf(Locale.ROOT, "RESULT x%d: incremental after a 1%% change of the fact tables %.2f s, ratio %.3f%n", scale,
                facts.summary().seconds(), facts.summary().seconds() / full.summary().seconds());
        System.out.printf(Locale.ROOT, "load average %.2f at the end of the timed runs%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        if (verify) {
            Lakehouse fresh = Lakehouse.open(scratch.resolve("full"));
            land(fresh, generated, aw, "check: load 1", LOADS[0], (t, b) -> loads.scaled(t));
            land(fresh, generated, aw, "check: load 2", LOADS[1], (t, b) -> loads.percent(t, 0, true));
            land(fresh, generated, aw, "check: load 3", LOADS[2], (t, b) -> loads.percent(t, 1, false));
            land(fresh, generated, aw, "check: load 4", LOADS[3], FACTS, (t, b) -> loads.percent(t, 2, true));
            RunResult once = fresh.run(generated);
            report("check: one full run over the three loads", once);
            long start = System.nanoTime();
            Map<String, String> differences = LakehouseComparer.differences(lakehouse.directory().resolve("lakehouse.duckdb"),
                    fresh.directory().resolve("lakehouse.duckdb"), tables);
            System.out.printf(Locale.ROOT, "check: %d tables compared (row count and row-hash sum) in %.2f s: %s%n", tables.size(),
                    seconds(start), differences.isEmpty() ? "incremental equals full" : "DIFFERENT " + differences);
            if (!differences.isEmpty()) {
                System.exit(1);
            }
        } else {
            System.out.println("check skipped (-Dbenchmark.verify=false)");
        }
        if (!Boolean.getBoolean("benchmark.keep")) {
            delete(scratch);
        }
    }

    private static void land(Lakehouse lakehouse, GeneratedProject generated, Project project, String what, String load, BiFunction<Table, Integer, String> select) {
        land(lakehouse, generated, project, what, load, null, select);
    }

    /** Lands {@code load} into the tables named in {@code only} (every table when null). */
    private static void land(Lakehouse lakehouse, GeneratedProject generated, Project project, String what, String load, Set<String> only,
            BiFunction<Table, Integer, String> select) {
        Landing landing = lakehouse.landing(generated);
        long start = System.nanoTime();
        long rows = 0;
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                if (only != null && !only.contains(table.name().value())) {
                    continue;
                }
                rows += landing.append(source.name().value(), table.name().value(), load, select.apply(table, 0));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d rows landed in %.2f s%n", what, rows, seconds(start));
    }

    private static void report(String what, RunResult run) {
        Map<Action, Long> actions = new EnumMap<>(Action.class);
        Map<ModelKind, double[]> kinds = new EnumMap<>(ModelKind.class);
        for (ModelRun model : run.models()) {
            actions.merge(model.action(), 1L, Long::sum);
            double[] sum = kinds.computeIfAbsent(model.kind(), k -> new double[2]);
            sum[0] += model.seconds();
            sum[1]++;
        }
        System.out.printf(Locale.ROOT, "%s: %.2f s, %d models (%s), %,d rows in the tables built%n", what, run.summary().seconds(),
                run.models().size(), actions.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                        .collect(Collectors.joining(", ")), run.summary().rows());
        System.out.println("  seconds per kind: " + kinds.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f (%d models)",
                e.getKey(), e.getValue()[0], (long) e.getValue()[1])).collect(Collectors.joining(", ")));
    }

    private static void printRowsPerLayer(RunResult run) {
        Map<String, long[]> layers = new TreeMap<>();
        for (ModelRun model : run.models()) {
            long[] sum = layers.computeIfAbsent(model.name().schema(), s -> new long[3]);
            sum[0] += Math.max(0, model.rows());
            sum[1]++;
            sum[2] += model.rows() < 0 ? 1 : 0;
        }
        layers.forEach((schema, sum) -> System.out.printf(Locale.ROOT, "  layer %-14s %3d models (%d views), %,d rows in its tables%n",
                schema, sum[1], sum[2], sum[0]));
        printTop(run, 8);
    }

    private static void printTop(RunResult run, int n) {
        System.out.println("  slowest models:");
        run.models().stream().sorted(Comparator.comparingDouble(ModelRun::seconds).reversed()).limit(n)
                .forEach(m -> System.out.printf(Locale.ROOT, "    %7.2f s  %-60s %-14s %-13s %,d rows%n", m.seconds(),
                        m.name().qualified(), m.kind(), m.action().label(), m.rows()));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
