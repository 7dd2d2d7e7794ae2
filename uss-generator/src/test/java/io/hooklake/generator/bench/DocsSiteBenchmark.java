package io.hooklake.generator.bench;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.SyntheticProjects;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the docs site ({@link DocsSite}) of the AdventureWorks example and of synthetic
 * projects of 1,000 and more frames (see {@link SyntheticProjects}): pages, bytes, the largest
 * page, and the time to render and to write the site (after a warm-up).
 *
 * <p>Run: {@code ./mvnw -B -q -pl uss-generator -am -Pdocs-site-benchmark verify -DskipTests};
 * synthetic sizes with {@code -Dbenchmark.sizes=1000,5000}.
 */
public final class DocsSiteBenchmark {

    private static final Path ADVENTURE_WORKS = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");

    private DocsSiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "1000").split(",")) {
            if (!size.isBlank()) {
                sizes.add(Integer.parseInt(size.strip()));
            }
        }
        UssGenerator generator = UssGenerator.builder().build();
        Path work = Files.createTempDirectory("hooklake-docs-site-benchmark");
        try {
            List<String> rows = new ArrayList<>();
            Project adventureWorks = ProjectLoader.load(ADVENTURE_WORKS);
            rows.add(measure("AdventureWorks", adventureWorks, generator, new DocsSite(ADVENTURE_WORKS), work.resolve("aw")));
            for (int frames : sizes) {
                rows.add(measure(String.format(Locale.ROOT, "synthetic, %,d frames", frames),
                        SyntheticProjects.project(frames, true), generator, new DocsSite(), work.resolve("s" + frames)));
            }
            System.out.printf(Locale.ROOT, "Docs site benchmark: %d processors, max heap %d MB, Java %s%n%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("java.version"));
            System.out.println("| project | models | pages | total MB | index KB | lineage KB | largest model page KB"
                    + " | render ms | first write ms | unchanged rewrite ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String measure(String name, Project project, UssGenerator generator, DocsSite site, Path dir) {
        GenerationResult generated = generator.generate(project, dir.resolve("out"));
        for (int i = 0; i < 3; i++) {
            site.render(project, generated); // warm-up, not reported
        }
        long start = System.nanoTime();
        List<GeneratedFile> files = site.render(project, generated);
        double renderMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        site.write(project, generated, dir.resolve("site"));
        double writeMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        site.write(project, generated, dir.resolve("site"));
        double rewriteMs = (System.nanoTime() - start) / 1e6;
        long total = files.stream().mapToLong(GeneratedFile::size).sum();
        long largest = files.stream().filter(f -> f.path().startsWith(DocsSite.MODELS_DIR + "/"))
                .mapToLong(GeneratedFile::size).max().orElse(0);
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %,d | %,d | %,d | %.0f | %.0f | %.0f |", name,
                generated.models().size(), files.size(), total / 1e6, size(files, DocsSite.INDEX) / 1024,
                size(files, DocsSite.LINEAGE) / 1024, largest / 1024, renderMs, writeMs, rewriteMs);
    }

    private static long size(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).mapToLong(GeneratedFile::size).sum();
    }
}
