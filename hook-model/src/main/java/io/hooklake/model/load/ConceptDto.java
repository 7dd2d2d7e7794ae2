package io.hooklake.model.load;

import io.hooklake.model.ConceptKind;
import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/** A concept as written. */
record ConceptDto(
        Location location,
        Located<String> name,
        Optional<Located<ConceptKind>> kind,
        Optional<Located<String>> description,
        List<Located<String>> taxonomy) {

    ConceptDto {
        taxonomy = List.copyOf(taxonomy);
    }

    static Optional<ConceptDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "concept", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<ConceptKind>> kind = m.enumValue("kind", ConceptKind.class);
            Optional<Located<String>> description = m.string("description");
            List<Located<String>> taxonomy = m.stringList("taxonomy");
            m.finish();
            return name.map(n -> new ConceptDto(m.location(), n, kind, description, taxonomy));
        });
    }
}
