package io.hooklake.runtime.bench;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Fixture;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.TableFormat;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times landing the AdventureWorks example's loads (a {@code loads.tsv} beside one folder of
 * Parquet files per load, as {@code examples/adventure-works} writes them) through Hooklake
 * ({@link Landing#ingestFolders}, the loads in one call, as {@code lakehouse:ingest} lands a list of
 * loads; a variant ending in {@code :per-load}, such as {@code duckdb:per-load}, calls
 * {@link Landing#ingestFolder} once per load instead) against
 * the same files copied bare into a new DuckDB database ({@code CREATE TABLE AS SELECT * FROM
 * read_parquet(...)} for the first load, {@code INSERT INTO ... SELECT} for the others, one
 * connection). Variants alternate within each round and each round starts with the next one;
 * it prints wall and CPU seconds of each (the process's CPU, DuckDB's threads included) and their
 * ratios to bare. Asserts nothing.
 *
 * <p>Arguments: the AdventureWorks project folder, the data folder, a scratch folder. System
 * properties: {@code benchmark.rounds} (default 3), {@code benchmark.variants} (default
 * {@code bare,duckdb,delta,iceberg}).
 */
public final class LandingBenchmark {

    private static final String PER_LOAD = ":per-load";

    private LandingBenchmark() {
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
        GeneratedProject generated = Fixture.generate(project, scratch.resolve("generated"));
        List<String> variants = List.of(System.getProperty("benchmark.variants", "bare,duckdb,delta,iceberg").split(","));
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Map<String, List<double[]>> figures = new LinkedHashMap<>();
        variants.forEach(v -> figures.put(v, new ArrayList<>()));
        // A first, untimed landing warms the JIT and DuckDB's library up.
        land("duckdb", generated, data, loads, scratch.resolve("warm-up-" + System.nanoTime()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                String variant = variants.get((round + i) % variants.size());
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                double[] seconds = land(variant, generated, data, loads, scratch.resolve(variant + "-" + System.nanoTime()));
                figures.get(variant).add(seconds);
                System.out.printf(Locale.ROOT, "round %d %-16s %7.2f s wall %7.2f s CPU  (load %.1f)%n", round + 1, variant,
                        seconds[0], seconds[1], load);
            }
        }
        System.out.printf(Locale.ROOT, "%nlanding %d loads of %d tables; means over %d rounds, ratio to bare:%n",
                loads.size(), countTables(data.resolve(loads.keySet().iterator().next())), rounds);
        double[] bare = figures.containsKey("bare") ? mean(figures.get("bare")) : null;
        for (var entry : figures.entrySet()) {
            double[] m = mean(entry.getValue());
            System.out.printf(Locale.ROOT, "  %-16s %7.2f s wall %7.2f s CPU%s%n", entry.getKey(), m[0], m[1],
                    bare == null ? "" : String.format(Locale.ROOT, "   wall x%.2f  CPU x%.2f", m[0] / bare[0], m[1] / bare[1]));
        }
    }

    /** Lands every load with {@code variant}; returns wall and CPU seconds. */
    private static double[] land(String variant, GeneratedProject generated, Path data, Map<String, String> loads,
            Path lakehouseDir) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        if (variant.equals("bare")) {
            Files.createDirectories(lakehouseDir);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + lakehouseDir.resolve("bare.duckdb"));
                    Statement s = c.createStatement()) {
                boolean first = true;
                for (String load : loads.keySet()) {
                    for (Path file : parquetFiles(data.resolve(load))) {
                        String table = file.getFileName().toString().replace(".parquet", "");
                        String read = "SELECT * FROM read_parquet('" + file.toString().replace("'", "''") + "')";
                        s.execute(first ? "CREATE TABLE \"" + table + "\" AS " + read : "INSERT INTO \"" + table + "\" " + read);
                    }
                    first = false;
                }
            }
        } else if (variant.endsWith(PER_LOAD)) {
            String format = variant.substring(0, variant.length() - PER_LOAD.length());
            Landing landing = Lakehouse.open(lakehouseDir, TableFormat.fromName(format)).landing(generated);
            for (var load : loads.entrySet()) {
                landing.ingestFolder("adventure_works", load.getValue(), data.resolve(load.getKey()));
            }
        } else {
            Landing landing = Lakehouse.open(lakehouseDir, TableFormat.fromName(variant)).landing(generated);
            landing.ingestFolders("adventure_works", loads.entrySet().stream()
                    .map(load -> new Landing.FolderLoad(load.getValue(), data.resolve(load.getKey()))).toList());
        }
        return new double[] {(System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
    }

    private static List<Path> parquetFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static int countTables(Path folder) throws Exception {
        return parquetFiles(folder).size();
    }

    private static double[] mean(List<double[]> runs) {
        double[] m = new double[2];
        runs.forEach(r -> {
            m[0] += r[0] / runs.size();
            m[1] += r[1] / runs.size();
        });
        return m;
    }
}
