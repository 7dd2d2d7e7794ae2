package io.hooklake.examples.adventureworks;

import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes AdventureWorks data as a series of loads, for the lakehouse to ingest one after the other:
 * {@code <out>/load-01/<table>.parquet}, ... for all 68 tables, and {@code <out>/loads.tsv} (columns
 * {@code load}, {@code loaded_at}). The rows are either synthetic (any scale, from a seed, no other
 * input) or the real data split into loads. The same options give byte-identical files.
 *
 * <pre>{@code
 * GenerationSummary written = AdventureWorksData.generate(
 *         GeneratorOptions.synthetic(Path.of("src/main/lakehouse"), Path.of("target/data")).withScale(0.1));
 * }</pre>
 */
public final class AdventureWorksData {

    private AdventureWorksData() {
    }

    public static GenerationSummary generate(GeneratorOptions options) {
        long start = System.nanoTime();
        Project project = ProjectLoader.load(options.project());
        Catalog catalog = Catalog.of(project);
        clean(options.out());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement s = connection.createStatement()) {
            Timeline timeline;
            if (options.source() == DataSource.REAL) {
                RealTables real = new RealTables(catalog, options.real());
                real.check();
                timeline = Timeline.monthlyAfter(real.newest(s), options.loads());
                timeline.install(s, options.seed());
                real.build(s, options.loads());
            } else {
                timeline = Timeline.synthetic(options.loads());
                timeline.install(s, options.seed());
                new SyntheticTables(catalog, timeline).build(s, options.scale());
            }
            Map<String, long[]> rows = new LoadWriter(catalog, timeline).write(s, options.out());
            List<LocalDateTime> loadedAt = new ArrayList<>();
            for (int load = 1; load <= timeline.loads(); load++) {
                loadedAt.add(timeline.loadedAt(load));
            }
            return new GenerationSummary(options.out(), loadedAt, rows, (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("generating AdventureWorks data failed: " + e.getMessage(), e);
        }
    }

    /** Removes earlier loads ({@code load-*} folders and {@code loads.tsv}) from {@code out}, nothing else. */
    private static void clean(Path out) {
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve("loads.tsv"));
            try (Stream<Path> folders = Files.list(out)) {
                for (Path folder : folders.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("load-\\d+")).toList()) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                    Files.delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code --project DIR --out DIR [--source synthetic|real] [--scale 1] [--loads 3] [--seed 42] [--real DIR]}.
     * Prints the loads written; a wrong option prints what is wrong and exits with status 2.
     */
    public static void main(String[] args) {
        try {
            GenerationSummary summary = generate(parse(args));
            System.out.print(summary.describe());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static GeneratorOptions parse(String[] args) {
        Path project = Path.of("src", "main", "lakehouse");
        Path out = Path.of("target", "adventure-works-data");
        DataSource source = DataSource.SYNTHETIC;
        double scale = 1;
        int loads = 3;
        long seed = 42;
        Path real = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--project" -> project = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--source" -> source = DataSource.parse(value);
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--loads" -> loads = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--real" -> real = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option
                            + ": use --project, --out, --source, --scale, --loads, --seed, --real");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + option + " needs a number, not '" + value + "'");
            }
        }
        return new GeneratorOptions(project, out, source, scale, loads, seed, source == DataSource.REAL ? real : null);
    }
}
