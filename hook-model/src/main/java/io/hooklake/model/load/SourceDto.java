package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
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

    static Optional<SourceDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "source", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> description = m.string("description");
            Optional<Located<String>> loadColumn = m.string("load_column");
            Optional<Located<String>> dltSchema = m.string("dlt_schema");
            List<TableDto> tables = m.list("tables", TableDto::read);
            m.finish();
            List<TableDto> imported = dltSchema.map(path -> DltSchemaReader.read(path, resolve(path), diagnostics))
                    .orElse(List.of());
            return name.map(n -> new SourceDto(m.location(), n, description, loadColumn, dltSchema,
                    concat(imported, tables)));
        });
    }

    /** The load column of {@code table}: its own, else the source's, else {@code _loaded_at}. */
    String loadColumnOf(TableDto table) {
        return table.loadColumn().or(() -> loadColumn).map(Located::value).orElse(DEFAULT_LOAD_COLUMN);
    }

    /** A path written in a YAML file, resolved against that file's folder. */
    static Path resolve(Located<String> path) {
        Path folder = path.location().file().getParent();
        return folder == null ? Path.of(path.value()) : folder.resolve(path.value());
    }

    private static List<TableDto> concat(List<TableDto> first, List<TableDto> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
