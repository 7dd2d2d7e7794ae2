package io.hooklake.runtime.spark;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.QueryResult;
import io.hooklake.runtime.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Test helpers: fixture projects generated in either dialect, and tables compared through the DuckDB engine's query.
 * Public for the benchmarks in {@code bench}.
 */
public final class Lakehouses {

    private Lakehouses() {
    }

    /** Copies {@code projects/<name>} below {@code temp}; returns the copy's folder. */
    static Path copyProject(String name, Path temp) {
        try {
            Path source = Path.of(Lakehouses.class.getClassLoader().getResource("projects/" + name).toURI());
            Path target = temp.resolve("project-" + name);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.sorted().toList()) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites the project's {@code lakehouse.yml}. */
    static void edit(Path project, UnaryOperator<String> change) {
        Path file = project.resolve("lakehouse.yml");
        try {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit changed nothing in " + file);
            }
            Files.writeString(file, after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates {@code project} in {@code dialect} into {@code output} and reads it back. */
    public static GeneratedProject generate(Path project, Path output, Dialect dialect) {
        UssGenerator.builder().dialect(dialect).build().generate(project, output);
        return GeneratedProject.read(output);
    }

    /** The table models of a generation. */
    static List<ModelName> tables(GeneratedProject generated) {
        return generated.models().stream().filter(m -> m.materialization() != Materialization.VIEW)
                .map(CompiledModel::name).toList();
    }

    /**
     * What a run did to each model: its action, the rows it wrote and the table's rows afterwards
     * (equal on both engines for the same plan over the same loads).
     */
    static Map<ModelName, String> changes(RunResult run) {
        Map<ModelName, String> changes = new TreeMap<>();
        run.models().forEach(m -> changes.put(m.name(), m.action() + " " + m.changed() + " of " + m.rows()));
        return changes;
    }

    /**
     * Each table's row count and a SHA-256 of its rows, read through the lakehouse's query (the
     * DuckDB engine's sandbox for both engines, so values are normalised to the types DuckDB reads
     * from the Delta files), each row as text, sorted.
     */
    static Map<String, String> digests(Lakehouse lake, List<ModelName> tables) {
        Map<String, String> digests = new TreeMap<>();
        for (ModelName table : tables) {
            QueryResult result = lake.query("SELECT * FROM " + table.qualified(), Integer.MAX_VALUE - 1);
            List<String> rows = result.rows().stream().map(r -> String.join("\u0001",
                    r.stream().map(v -> v == null ? "\u0000" : v).toList())).sorted().toList();
            digests.put(table.qualified(), rows.size() + " rows, " + sha256(String.join("\n", rows)));
        }
        return digests;
    }

    /** The seconds a run spent per model kind, summed over its models. */
    public static Map<ModelKind, Double> kindSeconds(RunResult run) {
        Map<ModelKind, Double> seconds = new EnumMap<>(ModelKind.class);
        run.models().forEach(m -> seconds.merge(m.kind(), m.seconds(), Double::sum));
        return seconds;
    }

    /** {@link #kindSeconds} printed with two decimals. */
    public static Map<ModelKind, String> secondsPerKind(RunResult run) {
        Map<ModelKind, String> printed = new EnumMap<>(ModelKind.class);
        kindSeconds(run).forEach((k, s) -> printed.put(k, String.format(Locale.ROOT, "%.2f", s)));
        return printed;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
