package io.hooklake.model.load;

import io.hooklake.model.DataChecks;
import io.hooklake.model.Engine;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.HookStorage;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.diagnostic.Location;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code project} section as written. */
record ProjectDto(
        Location location,
        Located<String> name,
        Optional<Located<HookStorage>> hookStorage,
        Optional<SchemasDto> schemas,
        Optional<NamingDto> naming,
        Optional<Located<Boolean>> timestampEvents,
        Optional<Located<PointInTimeHooks>> pointInTimeHooks,
        Optional<Located<Engine>> engine,
        Optional<Located<DataChecks>> dataChecks) {

    static Optional<ProjectDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "project", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<HookStorage>> hookStorage = m.enumValue("hook_storage", HookStorage.class);
            Optional<SchemasDto> schemas = m.mapping("schemas", "schemas").map(SchemasDto::read);
            Optional<NamingDto> naming = m.mapping("naming", "naming").map(NamingDto::read);
            Optional<Located<Boolean>> timestampEvents = m.bool("timestamp_events");
            Optional<Located<PointInTimeHooks>> pointInTimeHooks = m.enumValue("point_in_time_hooks", PointInTimeHooks.class);
            Optional<Located<Engine>> engine = m.string("engine").flatMap(e -> engine(e, diagnostics));
            Optional<Located<DataChecks>> dataChecks = m.enumValue("data_checks", DataChecks.class);
            m.finish();
            return name.map(n -> new ProjectDto(m.location(), n, hookStorage, schemas, naming, timestampEvents,
                    pointInTimeHooks, engine, dataChecks));
        });
    }

    /** {@code engine}: one of the engines, by its lower-case name; anything else is LH130 at the value. */
    private static Optional<Located<Engine>> engine(Located<String> text, Diagnostics diagnostics) {
        List<String> names = Arrays.stream(Engine.values()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        int index = names.indexOf(text.value());
        if (index >= 0) {
            return Optional.of(new Located<>(Engine.values()[index], text.location()));
        }
        diagnostics.error(ErrorCode.UNKNOWN_ENGINE, text.location(), "'" + text.value()
                + "' is not an engine Hooklake generates SQL for: expected " + String.join(" or ", names),
                names.contains(text.value().toLowerCase(Locale.ROOT))
                        ? Optional.of("write it in lower case: '" + text.value().toLowerCase(Locale.ROOT) + "'")
                        : diagnostics.didYouMean(text.value(), names));
        return Optional.empty();
    }
}
