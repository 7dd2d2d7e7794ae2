package io.hooklake.runtime.landing;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one ingest: a file, or every file of one kind in a folder.
 *
 * @param kind {@code parquet}, {@code csv} (with a header) or {@code json} (also {@code .jsonl}, {@code .ndjson})
 * @param files the files, sorted
 * @param description the input as a message names it
 */
public record InputFiles(String kind, List<Path> files, String description) {

    private static final Map<String, String> KINDS = Map.of("parquet", "parquet", "csv", "csv", "json", "json",
            "jsonl", "json", "ndjson", "json");

    /**
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} when {@code input} is missing, of no known kind, or a
     *     folder without such files or with files of several kinds
     */
    public static InputFiles of(Path input) {
        Path path = input.toAbsolutePath().normalize();
        if (Files.isRegularFile(path)) {
            String kind = kind(path.getFileName().toString());
            if (kind == null) {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + path + ": not a .parquet, .csv, .json,"
                        + " .jsonl or .ndjson file");
            }
            return new InputFiles(kind, List.of(path), path.toString());
        }
        if (!Files.isDirectory(path)) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + path + ": no such file or folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> kind(f.getFileName().toString()) != null).sorted().toList();
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot list " + path + ": " + e.getMessage(), e);
        }
        Set<String> kinds = files.stream().map(f -> kind(f.getFileName().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (kinds.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + path + ": the folder holds no .parquet, .csv,"
                    + " .json, .jsonl or .ndjson file");
        }
        if (kinds.size() > 1) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + path + ": the folder mixes " + String.join(
                    " and ", kinds) + " files; one load takes files of one kind");
        }
        return new InputFiles(kinds.iterator().next(), files, path + " (" + files.size() + " file"
                + (files.size() == 1 ? "" : "s") + ")");
    }

    /** The table name a file stands for ({@code orders.parquet} -> {@code orders}), or null when of no known kind. */
    public static String stem(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 && kind(fileName) != null ? fileName.substring(0, dot) : null;
    }

    private static String kind(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * DuckDB's message about reading these files, led by the file and line of a quoted CSV value
     * that is never closed when one is the cause (DuckDB then reports only that it found no
     * consistent dialect).
     */
    public String explain(String message) {
        String reason = message.strip();
        return unclosedQuote().map(problem -> problem + "; DuckDB said: " + reason.lines().findFirst().orElse(""))
                .orElse(reason);
    }

    /**
     * {@code <file>:<line>: a quoted value opened on this line is never closed} for the first CSV
     * file with such a value (DuckDB then finds no consistent dialect, or reads the file as one
     * column).
     */
    public Optional<String> unclosedQuote() {
        if (!kind.equals("csv")) {
            return Optional.empty();
        }
        for (Path file : files) {
            OptionalLong line = unclosedQuote(file);
            if (line.isPresent()) {
                return Optional.of(file + ":" + line.getAsLong() + ": a quoted value opened on this line is never"
                        + " closed (a \" is missing)");
            }
        }
        return Optional.empty();
    }

    /** The line on which a {@code "} opens a value that the file never closes. */
    static OptionalLong unclosedQuote(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 1;
            long opened = 0;
            boolean quoted = false;
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                    opened = line;
                } else if (c == '\n') {
                    line++;
                }
            }
            return quoted ? OptionalLong.of(opened) : OptionalLong.empty();
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }
}
