package io.hooklake.runtime.bench;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.Fixture;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import io.hooklake.runtime.TableFormat;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The example's own loads (synthetic AdventureWorks, {@code examples/adventure-works exec:java}): the
 * incremental run after loads 2 and 3 against one full run over loads 1 to 3, as issue 14 asks. Each
 * round builds two fresh lakehouses of the same table format: {@code incremental} lands load 1, runs
 * (full, untimed), lands the later loads and runs again (timed); {@code full} lands every load and runs
 * once (timed). They alternate, each round starting with the other. Prints wall seconds per run and
 * per model kind, the slowest models of both and the ratio of the means; asserts nothing.
 *
 * <p>Arguments: the AdventureWorks project folder, the data folder (with {@code loads.tsv}), a scratch
 * folder. {@code -Dbenchmark.rounds} (default 2), {@code -Dbenchmark.format} (default duckdb).
 */
public final class ExampleLoadsBenchmark {

    private ExampleLoadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        if (!Files.isRegularFile(data.resolve("loads.tsv"))) {
            System.out.println("No loads.tsv in " + data + " (./mvnw -B -q -f examples/adventure-works exec:java writes"
                    + " it): nothing measured");
            return;
        }
        Map<String, String> loads = new LinkedHashMap<>();
        Files.readAllLines(data.resolve("loads.tsv")).stream().skip(1).map(l -> l.split("\t"))
                .forEach(l -> loads.put(l[0], l[1]));
        TableFormat format = TableFormat.fromName(System.getProperty("benchmark.format", "duckdb"));
        int rounds = Integer.getInteger("benchmark.rounds", 2);
        GeneratedProject generated = Fixture.generate(project, scratch.resolve("generated"));
        List<String> variants = List.of("incremental", "full");
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        variants.forEach(v -> seconds.put(v, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                String variant = variants.get((round + i) % variants.size());
                boolean isIncremental = !variant.equals("full");
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                Lakehouse lakehouse = Lakehouse.open(scratch.resolve(variant + "-" + System.nanoTime()), format);
                List<String> names = new ArrayList<>(loads.keySet());
                if (isIncremental) {
                    land(lakehouse, generated, data, loads, names.subList(0, 1));
                    lakehouse.run(generated);
                    if (format == TableFormat.DUCKDB && round == 0) {
                        Files.copy(lakehouse.directory().resolve("lakehouse.duckdb"), scratch.resolve("after-load-1.duckdb"),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    land(lakehouse, generated, data, loads, names.subList(1, names.size()));
                } else {
                    land(lakehouse, generated, data, loads, names);
                }
                RunResult run = lakehouse.run(generated);
                seconds.get(variant).add(run.summary().seconds());
                if (isIncremental && format == TableFormat.DUCKDB && round == 0) {
                    printRowsToWrite(scratch.resolve("after-load-1.duckdb"), lakehouse.directory().resolve("lakehouse.duckdb"), run);
                }
                long incrementalModels = run.models().stream().filter(m -> m.action() == Action.INCREMENTAL).count();
                System.out.printf(Locale.ROOT, "round %d %-11s %7.2f s, %d models (%d incremental), load average %.1f%n"
                        + "  seconds per kind, summed over models: %s%n  slowest: %s%n", round + 1,
                        variant, run.summary().seconds(), run.models().size(), incrementalModels, load,
                        RunBenchmark.perKind(run), slowest(run, 8));
            }
        }
        double meanFull = mean(seconds.get("full"));
        System.out.printf(Locale.ROOT, "%n%s tables, %d loads, %d rounds; one full run over loads 1-%d %.2f s; the run after"
                + " loads 2-%d:%n", format.name(), loads.size(), rounds, loads.size(), meanFull, loads.size());
        for (String variant : variants.subList(0, 1)) {
            System.out.printf(Locale.ROOT, "  %-24s %7.2f s, against the full run %.3f (issue 14's target: at most 0.3)%n",
                    variant, mean(seconds.get(variant)), mean(seconds.get(variant)) / meanFull);
        }
    }

    /**
     * Per model kind, the rows of the tables after the later loads that are not in the tables after load 1
     * (EXCEPT ALL): what any incremental run must write, against all the rows a full run writes. With
     * {@code run}, the incremental run that made {@code afterAll}, also the rows it wrote.
     */
    static void printRowsToWrite(Path afterLoad1, Path afterAll, RunResult run) throws Exception {
        Map<String, long[]> kinds = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + afterLoad1.toString().replace("'", "''") + "' AS before (READ_ONLY)");
            s.execute("ATTACH '" + afterAll.toString().replace("'", "''") + "' AS after (READ_ONLY)");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schema_name || '.' || table_name FROM duckdb_tables()"
                    + " WHERE database_name = 'after' AND schema_name IN ('dab', 'dar__staging') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM after." + table + "), (SELECT count(*)"
                        + " FROM (SELECT * FROM after." + table + " EXCEPT ALL SELECT * FROM before." + table + "))")) {
                    rs.next();
                    long[] sums = kinds.computeIfAbsent(kindOf(table.substring(table.indexOf('.') + 1)), k -> new long[3]);
                    sums[0] += rs.getLong(1);
                    sums[1] += rs.getLong(2);
                }
            }
        }
        if (run != null) {
            for (ModelRun model : run.models()) {
                long[] sums = kinds.get(kindOf(model.name().name()));
                if (sums != null && model.changed() > 0) {
                    sums[2] += model.changed();
                }
            }
        }
        long[] all = new long[3];
        kinds.forEach((kind, sums) -> {
            for (int i = 0; i < 3; i++) {
                all[i] += sums[i];
            }
            System.out.printf(Locale.ROOT, "  rows to write after the later loads, %-7s %,10d of %,10d (%.3f)%s%n", kind,
                    sums[1], sums[0], sums[1] / (double) sums[0], written(run, sums));
        });
        System.out.printf(Locale.ROOT, "  rows to write after the later loads, all     %,10d of %,10d (%.3f)%s: the least any"
                + " incremental run must write against a full run%n", all[1], all[0], all[1] / (double) all[0], written(run, all));
    }

    private static String kindOf(String model) {
        return model.contains("__") ? model.substring(0, model.indexOf("__")) : model;
    }

    private static String written(RunResult run, long[] sums) {
        return run == null ? "" : String.format(Locale.ROOT, "; the run wrote %,d (%.3f)", sums[2], sums[2] / (double) sums[0]);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static void land(Lakehouse lakehouse, GeneratedProject generated, Path data, Map<String, String> loads,
            List<String> names) {
        for (String name : names) {
            lakehouse.landing(generated).ingestFolder("adventure_works", loads.get(name), data.resolve(name));
        }
    }

    private static String slowest(RunResult run, int count) {
        return run.models().stream().sorted(Comparator.comparingDouble(ModelRun::seconds).reversed()).limit(count)
                .map(m -> String.format(Locale.ROOT, "%s %.2f", m.name().name(), m.seconds()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
