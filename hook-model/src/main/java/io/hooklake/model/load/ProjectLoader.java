package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a Hooklake project: every {@code *.yml} and {@code *.yaml} file under a folder, read in
 * path order, merged, checked by {@link ProjectValidator} and turned into a {@link Project}.
 *
 * <p>Every problem in the user's files is a {@link io.hooklake.model.diagnostic.Diagnostic}, all
 * collected in one pass; files are named as {@code dir.resolve(<path inside dir>)}, so relative
 * when {@code dir} is.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    /**
     * Loads and validates the project in {@code dir}.
     *
     * @throws InvalidProjectException carrying every diagnostic when there is any error; warnings
     *     alone do not throw
     */
    public static Project load(Path dir) {
        LoadResult result = check(dir);
        return result.project().orElseThrow(() -> new InvalidProjectException(result.diagnostics()));
    }

    /** Loads and validates the project in {@code dir}; never throws for a mistake in the project. */
    public static LoadResult check(Path dir) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<List<Path>> files = files(dir, diagnostics);
        if (files.isEmpty()) {
            return new LoadResult(Optional.empty(), diagnostics.sorted());
        }
        Map<Path, Optional<List<YamlNode>>> trees = new LinkedHashMap<>();
        files.get().forEach(file -> trees.put(file, YamlTreeReader.read(file, diagnostics, ErrorCode.YAML_SYNTAX)));
        Set<Path> dltSchemas = dltSchemas(trees.values());
        List<FileDto> read = new ArrayList<>();
        boolean complete = true;
        for (Map.Entry<Path, Optional<List<YamlNode>>> tree : trees.entrySet()) {
            if (!dltSchemas.contains(tree.getKey().normalize())) {
                complete &= tree.getValue().isPresent();
                tree.getValue().orElse(List.of())
                        .forEach(document -> FileDto.read(document, dir, diagnostics).ifPresent(read::add));
            }
        }
        ProjectDocument document = new ProjectDocument(dir, complete, read);
        ProjectValidator.standard().validate(document, diagnostics);
        Optional<Project> project = diagnostics.hasErrors() ? Optional.empty() : Optional.of(ProjectAssembler.assemble(document));
        return new LoadResult(project, diagnostics.sorted());
    }

    /** The dlt schema files that sources name: read by their source, not as project files. */
    private static Set<Path> dltSchemas(Collection<Optional<List<YamlNode>>> trees) {
        Set<Path> paths = new HashSet<>();
        trees.stream().flatMap(Optional::stream).flatMap(List::stream)
                .flatMap(document -> children(document, "sources"))
                .flatMap(source -> source instanceof YamlNode.Mapping m ? m.entry("dlt_schema").stream() : Stream.empty())
                .map(YamlNode.Entry::value)
                .filter(YamlNode.Scalar.class::isInstance)
                .map(YamlNode.Scalar.class::cast)
                .forEach(path -> SourceDto.resolve(new Located<>(path.text(), path.location()))
                        .ifPresent(file -> paths.add(file.normalize())));
        return paths;
    }

    private static Stream<YamlNode> children(YamlNode document, String key) {
        if (document instanceof YamlNode.Mapping mapping
                && mapping.entry(key).map(YamlNode.Entry::value).orElse(null) instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream();
        }
        return Stream.empty();
    }

    /**
     * The YAML files of the project folder, in path order; empty when the folder cannot be read
     * or holds more YAML than a project may have (LH125). A file that is a link to a file out of
     * the folder is reported (LH127) and left out.
     */
    private static Optional<List<Path>> files(Path dir, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            diagnostics.error(ErrorCode.PROJECT_FOLDER, Location.ofFile(dir), "project folder does not exist or is not a folder");
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> paths = Files.walk(dir)) {
            files = paths
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yml") || p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(ErrorCode.PROJECT_FOLDER, Location.ofFile(dir), "cannot read project folder: " + e.getMessage());
            return Optional.empty();
        }
        if (files.size() > Limits.FILES) {
            diagnostics.error(ErrorCode.LIMIT, Location.ofFile(dir), "the project folder holds " + Limits.count(files.size())
                    + " YAML files, more than the " + Limits.count(Limits.FILES) + " a project may have");
            return Optional.empty();
        }
        List<Path> inside = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            if (Files.isSymbolicLink(file) && !SourceDto.linksWithin(file, dir)) {
                diagnostics.error(ErrorCode.OUTSIDE_PROJECT, new Location(file, 1, 1),
                        "file is a link to a file out of the project folder: a project reads files of its own folder only");
                continue;
            }
            bytes += size(file);
            if (bytes > Limits.PROJECT_BYTES) {
                diagnostics.error(ErrorCode.LIMIT, Location.ofFile(dir), "the YAML files of the project folder have more than "
                        + Limits.bytes(Limits.PROJECT_BYTES) + " together, the most a project may have");
                return Optional.empty();
            }
            inside.add(file);
        }
        return Optional.of(inside);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
