package io.hooklake.runtime.bench;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.PrintingRunListener;
import io.hooklake.runtime.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;

/**
 * Times, over AdventureWorks: a full run, then rebuilding every frame (68 independent models) on
 * one connection versus two connections in two threads. Prints figures; asserts nothing. Full
 * against incremental runs is {@link ScaledRunBenchmark}'s measurement.
 *
 * <p>Arguments: the AdventureWorks project folder, the data folder, a scratch folder.
 */
public final class RunBenchmark {

    private RunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        Project aw = ProjectLoader.load(project);
        GenerationResult generated = UssGenerator.builder().build().generate(project, scratch.resolve("generated"));
        Lakehouse lakehouse = Lakehouse.open(scratch.resolve("lake-" + System.nanoTime()));
        Landing landing = lakehouse.landing(aw);
        long start = System.nanoTime();
        land(landing, aw, data, "2024-01-01 00:00:00");
        System.out.printf(Locale.ROOT, "landed AdventureWorks in %.2f s%n", seconds(start));

        RunResult full = lakehouse.run(generated);
        System.out.println("full run: " + PrintingRunListener.summaryLine(full.summary()));
        System.out.println("  seconds per kind: " + perKind(full));

        List<Model> frames = generated.models().stream().map(GenerationResult.GeneratedModel::model)
                .filter(m -> m.kind() == ModelKind.FRAME).toList();
        // No run is going on: the database is opened directly, without the run lock.
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + lakehouse.databaseFile())) {
            for (int round = 1; round <= 2; round++) {
                long sequential = System.nanoTime();
                rebuild(connection, new ConcurrentLinkedQueue<>(frames));
                double one = seconds(sequential);
                long parallel = System.nanoTime();
                ConcurrentLinkedQueue<Model> queue = new ConcurrentLinkedQueue<>(frames);
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    Connection duplicate = ((DuckDBConnection) connection).duplicate();
                    Thread thread = new Thread(() -> {
                        try (duplicate) {
                            rebuild(duplicate, queue);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    threads.add(thread);
                    thread.start();
                }
                for (Thread thread : threads) {
                    thread.join();
                }
                System.out.printf(Locale.ROOT, "round %d: %d frames rebuilt on one connection %.2f s, on two in two threads %.2f s%n",
                        round, frames.size(), one, seconds(parallel));
            }
        }
    }

    private static void rebuild(Connection connection, ConcurrentLinkedQueue<Model> queue) throws Exception {
        for (Model model = queue.poll(); model != null; model = queue.poll()) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE OR REPLACE TABLE " + Dialect.duckdb().relation(model.name()) + " AS\n" + model.sql());
            }
        }
    }

    static Map<ModelKind, String> perKind(RunResult run) {
        Map<ModelKind, Double> seconds = new EnumMap<>(ModelKind.class);
        run.models().forEach(m -> seconds.merge(m.kind(), m.seconds(), Double::sum));
        Map<ModelKind, String> printed = new EnumMap<>(ModelKind.class);
        seconds.forEach((k, s) -> printed.put(k, String.format(Locale.ROOT, "%.2f", s)));
        return printed;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every table in one load. */
    static void land(Landing landing, Project aw, Path data, String load) {
        for (Source source : aw.sources()) {
            for (Table table : source.tables()) {
                String file = data.resolve(table.name().value() + ".parquet").toAbsolutePath().toString().replace("'", "''");
                landing.append(source.name().value(), table.name().value(), load, "SELECT * FROM read_parquet('" + file + "')");
            }
        }
    }
}
