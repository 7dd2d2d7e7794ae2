package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/** A composite hook as written. */
record CompositeHookDto(
        Location location,
        Located<String> name,
        List<Located<String>> parts,
        Optional<Located<Boolean>> primary) {

    CompositeHookDto {
        parts = List.copyOf(parts);
    }

    static Optional<CompositeHookDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "composite hook", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<List<Located<String>>> parts = m.requiredStringList("parts");
            Optional<Located<Boolean>> primary = m.bool("primary");
            m.finish();
            return name.flatMap(n -> parts.map(p -> new CompositeHookDto(m.location(), n, p, primary)));
        });
    }

    boolean isPrimary() {
        return primary.map(Located::value).orElse(false);
    }
}
