package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/** An explicit event as written; {@code column} and {@code expression} are checked by {@code ValueSourceRule}. */
record EventDto(
        Location location,
        Located<String> name,
        Optional<Located<String>> column,
        Optional<Located<String>> expression) {

    static Optional<EventDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "event", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> column = m.string("column");
            Optional<Located<String>> expression = m.string("expression");
            m.finish();
            return name.map(n -> new EventDto(m.location(), n, column, expression));
        });
    }
}
