package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/** A hook as written; {@code businessKey} and {@code expression} are checked by {@code ValueSourceRule}. */
record HookDto(
        Location location,
        Located<String> keyset,
        Optional<Located<String>> businessKey,
        Optional<Located<String>> expression,
        Optional<Located<Boolean>> primary,
        Optional<Located<String>> role,
        Optional<Located<String>> name) {

    static Optional<HookDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "hook", diagnostics).flatMap(m -> {
            Optional<Located<String>> keyset = m.requiredString("keyset");
            Optional<Located<String>> businessKey = m.string("business_key");
            Optional<Located<String>> expression = m.string("expression");
            Optional<Located<Boolean>> primary = m.bool("primary");
            Optional<Located<String>> role = m.string("role");
            Optional<Located<String>> name = m.string("name");
            m.finish();
            return keyset.map(k -> new HookDto(m.location(), k, businessKey, expression, primary, role, name));
        });
    }

    boolean isPrimary() {
        return primary.map(Located::value).orElse(false);
    }
}
