package io.hooklake.generator.bench;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.ModelSetBuilder;
import io.hooklake.generator.SyntheticModelSetBuilder;
import io.hooklake.generator.SyntheticProjects;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.check.SqlChecker;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.output.Fingerprinter;
import io.hooklake.model.Project;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times generation (build models, DAG, SQL check, fingerprints, write) for synthetic projects of
 * 100, 1,000 and 10,000 frames, each frame referring to one or two others (see
 * {@link SyntheticProjects}). Prints, per size: a first generation into an empty directory, a
 * second one that changes nothing, and the phases of a generation timed one by one.
 *
 * <p>Run: {@code ./mvnw -B -q -pl uss-generator -am -Pgeneration-benchmark verify -DskipTests};
 * sizes can be given with {@code -Dbenchmark.sizes=100,1000}, the project shape with
 * {@code -Dbenchmark.shape=tree} (the default) or {@code areas}.
 */
public final class GenerationBenchmark {

    private GenerationBenchmark() {
    }

    /** The shape of the synthetic projects (see {@link SyntheticProjects}). */
    private enum Shape {
        /** One tree with diamonds, deeper as it grows. */
        TREE,
        /** Subject areas of bounded depth around a hub frame. */
        AREAS;

        Project project(int frames) {
            return this == TREE ? SyntheticProjects.project(frames, true) : SyntheticProjects.areas(frames);
        }
    }

    /** What the benchmark generates with: a dialect and the builder of that dialect's models. */
    private record Setup(String description, String dialect, ModelSetBuilder builder) {
    }

    /**
     * The one place the benchmark gets its {@link ModelSetBuilder}: the facade's default, which is
     * the real SQL rendering once it is merged; until then the synthetic test builder, whose SQL
     * has the shape and size of the real templates'.
     */
    private static Setup setup() {
        try {
            return new Setup("UssGenerator.defaultModelSetBuilder()", Dialect.duckdb().name(),
                    UssGenerator.defaultModelSetBuilder());
        } catch (IllegalStateException noDefaultYet) {
            return new Setup("SyntheticModelSetBuilder (no default builder in this build)", SyntheticModelSetBuilder.DIALECT,
                    new SyntheticModelSetBuilder());
        }
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = (args.length > 0 ? List.of(args[0]) : List.of("100", "1000", "10000")).stream()
                .flatMap(a -> Arrays.stream(a.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        Shape shape = args.length > 1 ? Shape.valueOf(args[1].strip().toUpperCase(Locale.ROOT)) : Shape.TREE;
        Setup setup = setup();
        UssGenerator generator = UssGenerator.builder().modelSetBuilder(setup.builder()).build();
        System.out.printf(Locale.ROOT, "Generation benchmark: %s projects, builder %s, dialect %s, %d processors, max heap %d MB, Java %s%n",
                shape.name().toLowerCase(Locale.ROOT), setup.description(), setup.dialect(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));

        Path work = Files.createTempDirectory("hooklake-generation-benchmark");
        try {
            // Warm-up: load classes and let the JIT compile JSqlParser's parser; not reported.
            for (int i = 0; i < 3; i++) {
                generator.generate(SyntheticProjects.project(300, true), work.resolve("warm-up-" + i));
            }

            List<String> rows = new ArrayList<>();
            double previousPerModel = 0;
            for (int frames : sizes) {
                String row;
                try {
                    Measurement m = measure(setup, generator, shape.project(frames), work.resolve("out-" + frames));
                    double perModel = m.firstMs / m.models;
                    row = String.format(Locale.ROOT,
                            "| %,d | %,d | %,d | %.0f | %.3f | %.0f | %.0f | %s | %,d | %.0f | %.0f | %.0f | %.0f | %.0f |",
                            frames, m.models, m.files, m.firstMs, perModel, m.firstCpuMs, m.rerunMs,
                            previousPerModel == 0 ? "-" : String.format(Locale.ROOT, "x%.2f", perModel / previousPerModel),
                            m.largestStatement, m.phases.build, m.phases.dag, m.phases.check, m.phases.fingerprint,
                            m.firstMs - m.phases.sum());
                    previousPerModel = perModel;
                } catch (OutOfMemoryError | RuntimeException e) {
                    // A size that does not fit is a result too: report it and go on.
                    StackTraceElement at = Arrays.stream(e.getStackTrace())
                            .filter(f -> f.getClassName().startsWith("io.hooklake.")).findFirst().orElse(null);
                    row = String.format(Locale.ROOT, "| %,d | failed: %s%s |", frames, e.getClass().getSimpleName(),
                            at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName());
                    previousPerModel = 0;
                }
                rows.add(row);
                System.out.println(row);
            }
            System.out.println();
            System.out.println("| frames | models | files | first generation ms | ms per model"
                    + " | first generation CPU ms (all threads) | unchanged rerun ms"
                    + " | ms per model vs previous size | largest statement (chars) | build models ms | DAG ms | SQL check ms"
                    + " | fingerprints ms"
                    + " | render + write ms (first generation minus the phases) |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
        } finally {
            deleteRecursively(work);
        }
    }

    /** The figures of one size. */
    private record Measurement(int models, int files, long largestStatement, double firstMs, double firstCpuMs,
            double rerunMs, Phases phases) {
    }

    private static Measurement measure(Setup setup, UssGenerator generator, Project project, Path out) {

        long start = System.nanoTime();
        long cpu = processCpuNanos();
        GenerationResult first = generator.generate(project, out);
        double firstMs = millis(start);
        double firstCpuMs = (processCpuNanos() - cpu) / 1_000_000.0;
        int models = first.models().size();
        int files = first.written().size();
        long largest = first.models().stream().mapToLong(m -> m.model().sql().length()).max().orElse(0);
        first = null; // a caller keeps one generation's result, not several: let it go before the next

        start = System.nanoTime();
        GenerationResult second = generator.generate(project, out);
        double rerunMs = millis(start);
        if (second.changedAnything()) {
            throw new IllegalStateException("a second generation changed files: " + second.written());
        }
        second = null;
        Phases phases = phases(setup, project);
        return new Measurement(models, files, largest, firstMs, firstCpuMs, rerunMs, phases);
    }

    /** The phases of a generation, each timed on its own (writing is the rest of the first generation). */
    private record Phases(double build, double dag, double check, double fingerprint) {

        double sum() {
            return build + dag + check + fingerprint;
        }
    }

    private static Phases phases(Setup setup, Project project) {
        long start = System.nanoTime();
        ModelSet set = setup.builder().build(project);
        double build = millis(start);

        start = System.nanoTime();
        ModelGraph graph = ModelGraph.of(set.models(), UssGenerator.DEFAULT_EXTERNAL_SOURCES);
        double dag = millis(start);

        start = System.nanoTime();
        List<Model> order = graph.topologicalOrder();
        new SqlChecker().check(order);
        double check = millis(start);

        start = System.nanoTime();
        Map<ModelName, Fingerprint> fingerprints = new Fingerprinter(Fingerprinter.DEFAULT_TEMPLATE_ROOT, setup.dialect())
                .fingerprints(graph);
        double fingerprint = millis(start);
        if (fingerprints.size() != graph.size()) {
            throw new IllegalStateException("not every model has a fingerprint");
        }
        return new Phases(build, dag, check, fingerprint);
    }

    /**
     * CPU time of the whole process (every thread, the garbage collector and the JIT included): on a
     * machine shared with other builds it varies less than the elapsed time.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
