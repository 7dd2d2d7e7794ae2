package io.hooklake.model;

import java.util.Objects;

/**
 * Project-wide settings: its name, the schema of each layer, naming conventions and how hooks
 * are stored.
 *
 * @param name the project's name
 * @param schemas the schema (database namespace) of each layer
 * @param naming prefixes and names of generated models
 * @param hookStorage readable text hooks (the default) or hashed ones
 * @param timestampEvents whether timestamp columns, like date columns, are events of their frame
 * @param pointInTimeHooks compact 64-bit point-in-time hooks (the default) or stored like the hooks
 * @param engine the engine the lakehouse runs on, and so the dialect of its SQL: DuckDB (the default) or Spark
 * @param dataChecks whether duplicate keys in one load and NULL keys only warn (the default) or fail a run
 */
public record ProjectSettings(
        ProjectName name, Schemas schemas, Naming naming, HookStorage hookStorage, boolean timestampEvents,
        PointInTimeHooks pointInTimeHooks, Engine engine, DataChecks dataChecks) {

    public ProjectSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(hookStorage, "hookStorage");
        Objects.requireNonNull(pointInTimeHooks, "pointInTimeHooks");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(dataChecks, "dataChecks");
    }

    /** Settings for the default engine, DuckDB, whose data checks warn. */
    public ProjectSettings(ProjectName name, Schemas schemas, Naming naming, HookStorage hookStorage,
            boolean timestampEvents, PointInTimeHooks pointInTimeHooks) {
        this(name, schemas, naming, hookStorage, timestampEvents, pointInTimeHooks, Engine.DUCKDB, DataChecks.WARN);
    }

    /** Settings with compact point-in-time hooks. */
    public ProjectSettings(ProjectName name, Schemas schemas, Naming naming, HookStorage hookStorage,
            boolean timestampEvents) {
        this(name, schemas, naming, hookStorage, timestampEvents, PointInTimeHooks.COMPACT);
    }

    /** These settings with hooks stored as given. */
    public ProjectSettings withHookStorage(HookStorage storage) {
        return new ProjectSettings(name, schemas, naming, storage, timestampEvents, pointInTimeHooks, engine, dataChecks);
    }

    /** These settings with point-in-time hooks stored as given. */
    public ProjectSettings withPointInTimeHooks(PointInTimeHooks storage) {
        return new ProjectSettings(name, schemas, naming, hookStorage, timestampEvents, storage, engine, dataChecks);
    }

    /** These settings with another engine. */
    public ProjectSettings withEngine(Engine other) {
        return new ProjectSettings(name, schemas, naming, hookStorage, timestampEvents, pointInTimeHooks, other, dataChecks);
    }

    /** These settings with data checks as given. */
    public ProjectSettings withDataChecks(DataChecks checks) {
        return new ProjectSettings(name, schemas, naming, hookStorage, timestampEvents, pointInTimeHooks, engine, checks);
    }

    /** Settings with every default: schemas {@code das, dab, dar__staging, dar}, text hooks, compact point-in-time hooks, only date columns as events, DuckDB, data checks that warn. */
    public static ProjectSettings defaults(ProjectName name) {
        return new ProjectSettings(name, Schemas.DEFAULT, Naming.DEFAULT, HookStorage.TEXT, false);
    }
}
