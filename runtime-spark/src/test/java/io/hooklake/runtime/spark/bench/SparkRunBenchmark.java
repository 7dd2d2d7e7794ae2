package io.hooklake.runtime.spark.bench;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.PrintingRunListener;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.TableFormat;
import io.hooklake.runtime.spark.Lakehouses;
import io.hooklake.runtime.spark.SparkEngine;
import io.hooklake.runtime.spark.SparkSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times AdventureWorks' synthetic loads (made by {@code ./mvnw -B -q -f examples/adventure-works exec:java}: a folder
 * per load and {@code loads.tsv}) on the DuckDB engine and on the Spark engine in local mode, both keeping Delta
 * tables ({@code -Dbenchmark.format=iceberg}: Iceberg tables; {@code delta,iceberg}: each in turn, with Spark's times
 * in one format over the other's): all loads but the last landed and one full run, then the last load and an incremental run, each engine on a
 * fresh lakehouse, the engines alternating ({@code -Dbenchmark.rounds} rounds, default 1, the first engine swapping
 * each round). Prints each run's wall seconds, the seconds per model kind summed over models, and Spark's time over
 * DuckDB's. Asserts nothing.
 *
 * <p>Arguments: the AdventureWorks project folder, the data folder, a scratch folder.
 */
public final class SparkRunBenchmark {

    private SparkRunBenchmark() {
    }

    /** One engine's times: landing, full run, incremental run. */
    private record Times(double landing, RunResult full, RunResult incremental) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        Path loadsFile = data.resolve("loads.tsv");
        if (!Files.isRegularFile(loadsFile)) {
            System.out.println("AdventureWorks loads " + loadsFile + " absent (./mvnw -B -q -f examples/adventure-works"
                    + " exec:java makes them): nothing measured");
            return;
        }
        List<String[]> loads = Files.readAllLines(loadsFile).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).toList();
        Project aw = ProjectLoader.load(project);
        GeneratedProject onDuckDb = Lakehouses.generate(project, scratch.resolve("generated-duckdb"), Dialect.duckdb());
        GeneratedProject onSpark = Lakehouses.generate(project, scratch.resolve("generated-spark"), Dialect.spark());
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        List<TableFormat> formats = Arrays.stream(System.getProperty("benchmark.format", "delta").split(","))
                .map(TableFormat::fromName).toList();
        for (int round = 0; round < rounds; round++) {
            Map<TableFormat, Times> onSparkTimes = new LinkedHashMap<>();
            for (int f = 0; f < formats.size(); f++) {
                // The formats' order swaps each round too.
                TableFormat format = formats.get((f + round) % formats.size());
                System.out.println("round " + (round + 1) + ", both engines keeping " + format.configName() + " tables");
                Times duck = null;
                Times spark = null;
                for (int turn = 0; turn < 2; turn++) {
                    boolean onSparkNow = (round + turn) % 2 == 1;
                    Path dir = scratch.resolve("lake-" + System.nanoTime());
                    try (Lakehouse lake = onSparkNow
                            ? Lakehouse.open(dir, format, new SparkEngine(SparkSettings.fromSystemProperties()))
                            : Lakehouse.open(dir, format, "duckdb")) {
                        Times times = measure(lake, onSparkNow ? onSpark : onDuckDb, aw, data, loads);
                        if (onSparkNow) {
                            spark = times;
                        } else {
                            duck = times;
                        }
                    }
                }
                onSparkTimes.put(format, spark);
                System.out.printf(Locale.ROOT, "round %d, %s: Spark over DuckDB: landing %.1fx, full run %.1fx,"
                        + " incremental run %.1fx%n", round + 1, format.configName(), spark.landing() / duck.landing(),
                        spark.full().summary().seconds() / duck.full().summary().seconds(),
                        spark.incremental().summary().seconds() / duck.incremental().summary().seconds());
                System.out.println("  full run, Spark over DuckDB per kind: " + ratios(spark.full(), duck.full()));
                System.out.println("  incremental run, Spark over DuckDB per kind: "
                        + ratios(spark.incremental(), duck.incremental()));
            }
            if (formats.size() == 2) {
                Times first = onSparkTimes.get(formats.get(0));
                Times second = onSparkTimes.get(formats.get(1));
                System.out.printf(Locale.ROOT, "round %d: Spark with %s over Spark with %s: landing %.2fx, full run"
                        + " %.2fx, incremental run %.2fx%n", round + 1, formats.get(1).configName(),
                        formats.get(0).configName(), second.landing() / first.landing(),
                        second.full().summary().seconds() / first.full().summary().seconds(),
                        second.incremental().summary().seconds() / first.incremental().summary().seconds());
                System.out.println("  full run per kind: " + ratios(second.full(), first.full()));
            }
        }
    }

    private static Times measure(Lakehouse lake, GeneratedProject generated, Project aw, Path data, List<String[]> loads) {
        long start = System.nanoTime();
        for (String[] load : loads.subList(0, loads.size() - 1)) {
            ingest(lake, generated, aw, data, load);
        }
        double landing = (System.nanoTime() - start) / 1e9;
        RunResult full = print(lake, "full run over " + (loads.size() - 1) + " loads", lake.run(generated));
        start = System.nanoTime();
        ingest(lake, generated, aw, data, loads.get(loads.size() - 1));
        landing += (System.nanoTime() - start) / 1e9;
        RunResult incremental = print(lake, "incremental run after the last load", lake.run(generated));
        System.out.printf(Locale.ROOT, "%s: landing %d loads %.1f s%n", lake.engine(), loads.size(), landing);
        return new Times(landing, full, incremental);
    }

    private static void ingest(Lakehouse lake, GeneratedProject generated, Project aw, Path data, String[] load) {
        for (Source source : aw.sources()) {
            lake.landing(generated).ingestFolder(source.name().value(), load[1], data.resolve(load[0]));
        }
    }

    private static RunResult print(Lakehouse lake, String what, RunResult run) {
        System.out.println(lake.engine() + " " + what + ": " + PrintingRunListener.summaryLine(run.summary()));
        System.out.println("  seconds per kind, summed over models: " + Lakehouses.secondsPerKind(run));
        return run;
    }

    private static Map<ModelKind, String> ratios(RunResult spark, RunResult duck) {
        Map<ModelKind, Double> sparkSeconds = Lakehouses.kindSeconds(spark);
        Map<ModelKind, Double> duckSeconds = Lakehouses.kindSeconds(duck);
        Map<ModelKind, String> ratios = new EnumMap<>(ModelKind.class);
        sparkSeconds.forEach((kind, s) -> {
            Double d = duckSeconds.get(kind);
            ratios.put(kind, d == null || d == 0 ? "-" : String.format(Locale.ROOT, "%.1fx", s / d));
        });
        return ratios;
    }
}
