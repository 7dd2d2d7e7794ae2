package io.hooklake.model.load;

import io.hooklake.model.DataChecks;
import io.hooklake.model.HookStorage;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.diagnostic.Location;
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
        Optional<Located<DataChecks>> dataChecks) {

    static Optional<ProjectDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "project", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<HookStorage>> hookStorage = m.enumValue("hook_storage", HookStorage.class);
            Optional<SchemasDto> schemas = m.mapping("schemas", "schemas").map(SchemasDto::read);
            Optional<NamingDto> naming = m.mapping("naming", "naming").map(NamingDto::read);
            Optional<Located<Boolean>> timestampEvents = m.bool("timestamp_events");
            Optional<Located<PointInTimeHooks>> pointInTimeHooks = m.enumValue("point_in_time_hooks", PointInTimeHooks.class);
            Optional<Located<DataChecks>> dataChecks = m.enumValue("data_checks", DataChecks.class);
            m.finish();
            return name.map(n -> new ProjectDto(m.location(), n, hookStorage, schemas, naming, timestampEvents,
                    pointInTimeHooks, dataChecks));
        });
    }
}
