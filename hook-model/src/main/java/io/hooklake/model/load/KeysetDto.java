package io.hooklake.model.load;

import io.hooklake.model.ConceptName;
import io.hooklake.model.Keyset;
import io.hooklake.model.SourceName;
import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/** A keyset as written. */
record KeysetDto(
        Location location,
        Located<String> concept,
        Located<String> source,
        Optional<Located<String>> qualifier,
        Optional<Located<String>> name,
        Optional<Located<String>> description) {

    static Optional<KeysetDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "keyset", diagnostics).flatMap(m -> {
            Optional<Located<String>> concept = m.requiredString("concept");
            Optional<Located<String>> source = m.requiredString("source");
            Optional<Located<String>> qualifier = m.string("qualifier");
            Optional<Located<String>> name = m.string("name");
            Optional<Located<String>> description = m.string("description");
            m.finish();
            return concept.flatMap(c -> source.map(s -> new KeysetDto(m.location(), c, s, qualifier, name, description)));
        });
    }

    /** Its name: as written, else {@code <concept>[__<qualifier>]__<source>}. */
    String resolvedName() {
        return name.map(Located::value).orElseGet(() -> Keyset.defaultName(
                new ConceptName(concept.value()), qualifier.map(Located::value), new SourceName(source.value())).value());
    }

    /** Where its name was written, or the keyset itself for a default name. */
    Location nameLocation() {
        return name.map(Located::location).orElse(location);
    }
}
