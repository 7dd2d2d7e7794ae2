package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/** A raw table as written in YAML or read from a dlt schema. */
record TableDto(
        Location location,
        Located<String> name,
        Optional<Located<String>> description,
        Optional<Located<String>> loadColumn,
        List<Located<String>> primaryKey,
        List<ColumnDto> columns) {

    TableDto {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
    }

    static Optional<TableDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "table", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> description = m.string("description");
            Optional<Located<String>> loadColumn = m.string("load_column");
            List<Located<String>> primaryKey = m.stringList("primary_key");
            Optional<List<ColumnDto>> columns = m.requiredList("columns", ColumnDto::read);
            m.finish();
            return name.flatMap(n -> columns.map(c -> new TableDto(m.location(), n, description, loadColumn, primaryKey, c)));
        });
    }
}
