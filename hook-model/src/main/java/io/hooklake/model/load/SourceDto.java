package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A source as written, its tables including those read from its dlt schema (first).
 *
 * @param location where it was declared
 * @param name its name
 * @param description its description
 * @param loadColumn the load column of its tables
 * @param dltSchema the dlt schema file it names, as written (relative to the YAML file's folder)
 * @param tables tables of the dlt schema, then those written in YAML
 */
record SourceDto(
        Location location,
        Located<String> name,
        Optional<Located<String>> description,
        Optional<Located<String>> loadColumn,
        Optional<Located<String>> dltSchema,
        List<TableDto> tables) {

    /** The load column of a table that neither it nor its source names. */
    static final String DEFAULT_LOAD_COLUMN = "_loaded_at";

    SourceDto {
        tables = List.copyOf(tables);
    }

    /** A source written in a file of the project folder {@code dir}. */
    static Optional<SourceDto> read(YamlNode node, Path dir, Diagnostics diagnostics) {
        return MappingReader.of(node, "source", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> description = m.string("description");
            Optional<Located<String>> loadColumn = m.string("load_column");
            Optional<Located<String>> dltSchema = m.string("dlt_schema");
            List<TableDto> tables = m.list("tables", TableDto::read);
            m.finish();
            List<TableDto> imported = dltSchema.flatMap(path -> inside(path, dir, diagnostics)
                    .map(file -> DltSchemaReader.read(path, file, diagnostics)))
                    .orElse(List.of());
            return name.map(n -> new SourceDto(m.location(), n, description, loadColumn, dltSchema,
                    concat(imported, tables)));
        });
    }

    /** The load column of {@code table}: its own, else the source's, else {@code _loaded_at}. */
    String loadColumnOf(TableDto table) {
        return table.loadColumn().or(() -> loadColumn).map(Located::value).orElse(DEFAULT_LOAD_COLUMN);
    }

    /** A path written in a YAML file, resolved against that file's folder; empty when it is no path. */
    static Optional<Path> resolve(Located<String> path) {
        try {
            Path folder = path.location().file().getParent();
            return Optional.of(folder == null ? Path.of(path.value()) : folder.resolve(path.value()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The dlt schema file {@code path} names, when it lies inside the project folder {@code dir}
     * (LH127 otherwise): a project reads no file outside its folder, whatever its YAML says. A
     * path is relative, stays inside once {@code ..} is resolved, and when the file exists, so
     * does the file a link leads to.
     */
    static Optional<Path> inside(Located<String> path, Path dir, Diagnostics diagnostics) {
        Optional<Path> file = resolve(path);
        String why;
        if (file.isEmpty()) {
            why = "is not a path";
        } else if (Path.of(path.value()).isAbsolute() || path.value().startsWith("/") || path.value().startsWith("\\")) {
            why = "is absolute";
        } else if (!within(file.get(), dir)) {
            why = "leads out of the project folder";
        } else if (!linksWithin(file.get(), dir)) {
            why = "is a link to a file out of the project folder";
        } else {
            return file;
        }
        diagnostics.error(ErrorCode.OUTSIDE_PROJECT, path.location(), "dlt_schema '" + path.value() + "' " + why
                + ": a project reads files of its own folder only",
                "put the dlt schema in the project folder " + dir + " and name it relative to this file");
        return Optional.empty();
    }

    private static boolean within(Path file, Path dir) {
        return file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    static boolean linksWithin(Path file, Path dir) {
        if (!Files.exists(file)) {
            return true;
        }
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<TableDto> concat(List<TableDto> first, List<TableDto> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
