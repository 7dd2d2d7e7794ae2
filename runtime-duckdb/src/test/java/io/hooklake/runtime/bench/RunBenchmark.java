package io.hooklake.runtime.bench;

import io.hooklake.runtime.Fixture;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelKind;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.Plan;
import io.hooklake.runtime.PrintingRunListener;
import io.hooklake.runtime.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times, over AdventureWorks landed as one load: a full run with one worker and with two
 * (alternating, {@code -Dbenchmark.rounds} times each, default 2, each on a fresh lakehouse), then {@code plan} on the built lakehouse
 * (the AdventureWorks project regenerated unchanged; 20 calls, median and max) and the
 * generation a {@code lakehouse:plan} also pays. Prints figures; asserts nothing. Full against
 * incremental runs is {@link ScaledRunBenchmark}'s measurement.
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
        if (!Files.isRegularFile(data.resolve("addresses.parquet"))) {
            System.out.println("AdventureWorks data " + data + " absent: nothing measured");
            return;
        }
        Project aw = ProjectLoader.load(project);
        GeneratedProject generated = Fixture.generate(project, scratch.resolve("generated"));
        Lakehouse last = null;
        int rounds = Integer.getInteger("benchmark.rounds", 2);
        for (int i = 0; i < 2 * rounds; i++) {
            int workers = 1 + i % 2;
            Lakehouse lakehouse = Lakehouse.open(scratch.resolve("lake-" + System.nanoTime())).withWorkers(workers);
            long start = System.nanoTime();
            land(lakehouse.landing(generated), aw, data, "2024-01-01 00:00:00");
            double landed = seconds(start);
            RunResult full = lakehouse.run(generated);
            System.out.printf(Locale.ROOT, "full run, %d worker(s): %s (landing took %.2f s)%n  seconds per kind,"
                    + " summed over models: %s%n", workers, PrintingRunListener.summaryLine(full.summary()), landed,
                    perKind(full));
            last = lakehouse;
        }

        double[] plans = new double[20];
        Plan plan = null;
        for (int i = 0; i < plans.length; i++) {
            long start = System.nanoTime();
            plan = last.plan(generated);
            plans[i] = seconds(start);
        }
        Arrays.sort(plans);
        long start = System.nanoTime();
        GeneratedProject again = Fixture.generate(project, scratch.resolve("generated"));
        double generation = seconds(start);
        System.out.printf(Locale.ROOT, "plan of %d models on the built lakehouse (%s): median %.3f s, max %.3f s over"
                + " %d calls; regenerating the unchanged project first (as lakehouse:plan does) %.2f s, %d models%n",
                plan.models().size(), plan.isNoOp() ? "nothing to do" : "work to do", plans[plans.length / 2],
                plans[plans.length - 1], plans.length, generation, again.models().size());
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
                landing.ingest(source.name().value(), table.name().value(), load,
                        data.resolve(table.name().value() + ".parquet"));
            }
        }
    }
}
