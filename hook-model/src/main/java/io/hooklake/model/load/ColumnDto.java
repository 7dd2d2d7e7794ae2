package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/** A column of a raw table as written in YAML or read from a dlt schema. */
record ColumnDto(
        Location location,
        Located<String> name,
        Located<String> type,
        Optional<Located<Boolean>> nullable,
        Optional<Located<String>> description) {

    static Optional<ColumnDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "column", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> type = m.requiredString("type");
            Optional<Located<Boolean>> nullable = m.bool("nullable");
            Optional<Located<String>> description = m.string("description");
            m.finish();
            return name.flatMap(n -> type.map(t -> new ColumnDto(m.location(), n, t, nullable, description)));
        });
    }
}
