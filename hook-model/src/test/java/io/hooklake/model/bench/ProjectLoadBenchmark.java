package io.hooklake.model.bench;

import io.hooklake.model.Project;
import io.hooklake.model.load.LoadResult;
import io.hooklake.model.load.ProjectLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How long {@link ProjectLoader#load(Path)} takes for a large project: a benchmark that prints
 * figures, not a test. It generates a project of N frames (default 1,000), each frame with its
 * concept and keyset in its own YAML file, and the raw tables in source files of 200 tables each
 * (an argument). Frames reference earlier frames through foreign hooks (the same frame twice under
 * roles); every tenth frame has a composite primary hook (its key and a shared {@code line}
 * keyset), every fifth an explicit event. The same arguments give the same project. It then loads
 * it {@code warmup} times untimed and {@code iterations} times timed.
 *
 * <p>Run: {@code ./mvnw -B -q -pl hook-model test-compile exec:java@load-benchmark}, with
 * {@code -Dexec.args="<frames> <warmup> <iterations> <tables per source>"} to change the defaults
 * (1000 5 10 200).
 */
public final class ProjectLoadBenchmark {

    /**
     * Tables per source (one file each) by default. The YAML reader refuses a file of more than
     * 3 MiB code points, about 1,700 generated tables.
     */
    private static final int TABLES_PER_SOURCE = 200;
    private static final long SEED = 20_260_101L;

    private ProjectLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int tablesPerSource = args.length > 3 ? Integer.parseInt(args[3]) : TABLES_PER_SOURCE;
        if (frames < 1 || warmup < 0 || iterations < 1 || tablesPerSource < 1) {
            throw new IllegalArgumentException("usage: ProjectLoadBenchmark [frames >= 1] [warmup >= 0] [iterations >= 1]"
                    + " [tables per source >= 1]");
        }

        Path dir = Files.createTempDirectory("hooklake-load-benchmark-");
        try {
            GeneratedProject generated = generate(dir, frames, tablesPerSource);
            System.out.printf(Locale.ROOT, "Project: %d frames, %d sources, %d hooks (%d referencing other frames),"
                            + " %d composite hooks, %d YAML files, %.1f KiB%n", frames, generated.sources(), generated.hooks(), generated.foreignHooks(),
                    generated.compositeHooks(), generated.files(), generated.bytes() / 1024.0);
            System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

            LoadResult first = ProjectLoader.check(dir);
            if (first.hasErrors() || !first.warnings().isEmpty()) {
                first.diagnostics().stream().limit(10).forEach(System.err::println);
                throw new IllegalStateException("the generated project has " + first.diagnostics().size()
                        + " diagnostics (the first 10 are above)");
            }
            for (int i = 0; i < warmup; i++) {
                check(ProjectLoader.load(dir), frames);
            }
            double[] millis = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                Project project = ProjectLoader.load(dir);
                millis[i] = (System.nanoTime() - start) / 1e6;
                check(project, frames);
            }
            print(frames, warmup, millis);
        } finally {
            delete(dir);
        }
    }

    private static void check(Project project, int frames) {
        if (project.frames().size() != frames) {
            throw new IllegalStateException("loaded " + project.frames().size() + " frames, expected " + frames);
        }
    }

    private static void print(int frames, int warmup, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double total = Arrays.stream(millis).sum();
        System.out.printf(Locale.ROOT, "ProjectLoader.load: %d warm-up + %d measured iterations%n", warmup, n);
        System.out.printf(Locale.ROOT, "  total   %10.1f ms over %d iterations%n", total, n);
        System.out.printf(Locale.ROOT, "  min     %10.1f ms  (%.3f ms per frame)%n", sorted[0], sorted[0] / frames);
        System.out.printf(Locale.ROOT, "  median  %10.1f ms  (%.3f ms per frame)%n", median, median / frames);
        System.out.printf(Locale.ROOT, "  max     %10.1f ms  (%.3f ms per frame)%n", sorted[n - 1], sorted[n - 1] / frames);
    }

    /** What was generated, for the figures. */
    record GeneratedProject(int sources, int files, long bytes, int hooks, int foreignHooks, int compositeHooks) {
    }

    /**
     * Writes the project: {@code lakehouse.yml}, {@code sources/bench.yml} with every table, and
     * {@code frames/entity_NNNNN.yml} with each frame, its concept and its keyset.
     */
    static GeneratedProject generate(Path dir, int frames, int tablesPerSource) throws IOException {
        Random random = new Random(SEED);
        List<FrameSpec> specs = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            specs.add(FrameSpec.random(i, i / tablesPerSource, random));
        }

        Files.createDirectories(dir.resolve("sources"));
        Files.createDirectories(dir.resolve("frames"));
        long bytes = write(dir.resolve("lakehouse.yml"), """
                project:
                  name: load_benchmark
                  timestamp_events: true
                concepts:
                  - name: line
                    kind: reference
                    description: "A line within a composite-keyed record"
                keysets:
                  - concept: line
                    source: bench_000
                """);

        int sources = (frames + tablesPerSource - 1) / tablesPerSource;
        for (int s = 0; s < sources; s++) {
            StringBuilder source = new StringBuilder()
                    .append("sources:\n")
                    .append("  - name: ").append(source(s)).append('\n')
                    .append("    description: \"Generated tables for the load benchmark\"\n")
                    .append("    tables:\n");
            specs.subList(s * tablesPerSource, Math.min(frames, (s + 1) * tablesPerSource))
                    .forEach(spec -> spec.appendTable(source));
            bytes += write(dir.resolve("sources").resolve(source(s) + ".yml"), source.toString());
        }

        int hooks = 0;
        int foreign = 0;
        int composite = 0;
        for (FrameSpec spec : specs) {
            bytes += write(dir.resolve("frames").resolve(spec.name() + ".yml"), spec.frameFile(specs));
            hooks += spec.hookCount();
            foreign += spec.references().size();
            composite += spec.composite() ? 1 : 0;
        }
        return new GeneratedProject(sources, 1 + sources + frames, bytes, hooks, foreign, composite);
    }

    static String source(int number) {
        return String.format(Locale.ROOT, "bench_%03d", number);
    }

    /**
     * One generated frame: entity {@code index}, keyed by {@code id} (and {@code line} when
     * composite), referencing earlier frames through {@code references}.
     */
    record FrameSpec(int index, int sourceNumber, boolean composite, boolean event, List<Integer> references) {

        private static final String[] PAYLOAD_TYPES = {"VARCHAR", "INTEGER", "DECIMAL(19,4)", "BOOLEAN", "DATE", "VARCHAR"};

        static FrameSpec random(int index, int sourceNumber, Random random) {
            List<Integer> references = new ArrayList<>();
            // Up to three references to earlier frames that are not composite-keyed; the same target twice gets roles.
            int wanted = index == 0 ? 0 : random.nextInt(4);
            for (int r = 0; r < wanted; r++) {
                int target = random.nextInt(index);
                if (target % 10 != 9) {
                    references.add(target);
                }
            }
            return new FrameSpec(index, sourceNumber, index % 10 == 9, index % 5 == 0, references);
        }

        String name() {
            return String.format(Locale.ROOT, "entity_%05d", index);
        }

        static String name(int index) {
            return String.format(Locale.ROOT, "entity_%05d", index);
        }

        String table() {
            return name() + "s";
        }

        String source() {
            return ProjectLoadBenchmark.source(sourceNumber);
        }

        String keyset() {
            return name() + "__" + source();
        }

        int hookCount() {
            return 1 + references.size() + (composite ? 2 : 0);
        }

        void appendTable(StringBuilder yaml) {
            yaml.append("      - name: ").append(table()).append('\n')
                    .append("        description: \"Raw rows of ").append(name()).append(": generated\"\n")
                    .append("        primary_key: [id").append(composite ? ", line" : "").append("]\n")
                    .append("        columns:\n");
            column(yaml, "id", "INTEGER", false, "Key of " + name());
            if (composite) {
                column(yaml, "line", "INTEGER", false, "Line within the key");
            }
            for (int r = 0; r < references.size(); r++) {
                column(yaml, "ref_" + r + "_id", "INTEGER", true, "Key of " + name(references.get(r)));
            }
            for (int p = 0; p < PAYLOAD_TYPES.length; p++) {
                column(yaml, "attribute_" + p, PAYLOAD_TYPES[p], true, "Payload: \"" + PAYLOAD_TYPES[p] + "\"");
            }
            column(yaml, "modified_at", "TIMESTAMP", false, "When the row last changed");
        }

        private static void column(StringBuilder yaml, String name, String type, boolean nullable, String description) {
            yaml.append("          - name: ").append(name).append('\n')
                    .append("            type: ").append(type).append('\n')
                    .append("            nullable: ").append(nullable).append('\n')
                    .append("            description: \"").append(description.replace("\"", "\\\"")).append("\"\n");
        }

        String frameFile(List<FrameSpec> all) {
            StringBuilder yaml = new StringBuilder()
                    .append("concepts:\n")
                    .append("  - name: ").append(name()).append('\n')
                    .append("    kind: ").append(index % 7 == 0 ? "reference" : "core").append('\n')
                    .append("    description: \"Generated concept ").append(index).append("\"\n")
                    .append("keysets:\n")
                    .append("  - concept: ").append(name()).append('\n')
                    .append("    source: ").append(source()).append('\n')
                    .append("frames:\n")
                    .append("  - table: ").append(table()).append('\n')
                    .append("    source: ").append(source()).append('\n')
                    .append("    prefix: ").append(name()).append('\n')
                    .append("    hooks:\n")
                    .append("      - keyset: ").append(keyset()).append('\n')
                    .append("        business_key: id\n");
            if (!composite) {
                yaml.append("        primary: true\n");
            } else {
                yaml.append("      - keyset: line__").append(ProjectLoadBenchmark.source(0)).append('\n')
                        .append("        business_key: line\n");
            }
            for (int r = 0; r < references.size(); r++) {
                int target = references.get(r);
                yaml.append("      - keyset: ").append(all.get(target).keyset()).append('\n')
                        .append("        business_key: ref_").append(r).append("_id\n");
                if (references.indexOf(target) != references.lastIndexOf(target)) {
                    yaml.append("        role: role_").append(r).append('\n');
                }
            }
            if (composite) {
                yaml.append("    composite_hooks:\n")
                        .append("      - name: _hook__").append(name()).append("__composite\n")
                        .append("        parts: [_hook__").append(name()).append(", _hook__line]\n")
                        .append("        primary: true\n");
            }
            if (event) {
                yaml.append("    events:\n")
                        .append("      - name: modified\n")
                        .append("        column: modified_at\n");
            }
            return yaml.toString();
        }
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
