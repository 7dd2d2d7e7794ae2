package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A frame as written.
 *
 * <p>{@code complete} is false when reading the frame (its hooks and events included) reported an
 * error, such as a {@code primary} that is not a boolean: rules that judge the frame as a whole
 * (its primary hook, its grain) skip it rather than report the error's consequences.
 */
record FrameDto(
        Location location,
        Located<String> table,
        Optional<Located<String>> source,
        Optional<Located<String>> name,
        Located<String> prefix,
        Optional<Located<String>> description,
        Optional<List<Located<String>>> grain,
        List<HookDto> hooks,
        List<CompositeHookDto> compositeHooks,
        List<EventDto> events,
        boolean complete) {

    FrameDto {
        grain = grain.map(List::copyOf);
        hooks = List.copyOf(hooks);
        compositeHooks = List.copyOf(compositeHooks);
        events = List.copyOf(events);
    }

    static Optional<FrameDto> read(YamlNode node, Diagnostics diagnostics) {
        long errorsBefore = diagnostics.errorCount();
        return MappingReader.of(node, "frame", diagnostics).flatMap(m -> {
            Optional<Located<String>> table = m.requiredString("table");
            Optional<Located<String>> source = m.string("source");
            Optional<Located<String>> name = m.string("name");
            Optional<Located<String>> prefix = m.requiredString("prefix");
            Optional<Located<String>> description = m.string("description");
            Optional<List<Located<String>>> grain = m.optionalStringList("grain");
            Optional<List<HookDto>> hooks = m.requiredList("hooks", HookDto::read);
            List<CompositeHookDto> compositeHooks = m.list("composite_hooks", CompositeHookDto::read);
            List<EventDto> events = m.list("events", EventDto::read);
            m.finish();
            if (table.isEmpty() || prefix.isEmpty() || hooks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FrameDto(m.location(), table.get(), source, name, prefix.get(), description, grain,
                    hooks.get(), compositeHooks, events, diagnostics.errorCount() == errorsBefore));
        });
    }
}
