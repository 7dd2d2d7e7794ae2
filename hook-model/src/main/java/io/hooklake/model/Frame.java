package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A HOOK frame: the records of one raw table, their hooks and their history. Its name, by
 * default {@code <source>__<table>}, names the frame's models through {@link Naming}.
 *
 * @param name its name, such as {@code adventure_works__addresses}
 * @param source the source system of its table
 * @param table the raw table it is built from
 * @param prefix the column prefix, such as {@code address}: source columns become
 *     {@code address__city}, record columns {@code address__record_valid_from}
 * @param description free text, empty when not given
 * @param grain the columns that identify one record: the declared grain, or else the business key
 *     columns of the primary hook (of each part, for a composite primary hook)
 * @param hooks its hooks, in declared order
 * @param compositeHooks its composite hooks, in declared order
 * @param events its explicit events, in declared order
 * @param location where it was declared
 */
public record Frame(
        FrameName name,
        SourceName source,
        TableName table,
        String prefix,
        String description,
        List<ColumnName> grain,
        List<Hook> hooks,
        List<CompositeHook> compositeHooks,
        List<Event> events,
        Location location) {

    public Frame {
        grain = List.copyOf(grain);
        hooks = List.copyOf(hooks);
        compositeHooks = List.copyOf(compositeHooks);
        events = List.copyOf(events);
    }

    /** Hooks and composite hooks, in that order. */
    public List<HookDefinition> allHooks() {
        return Stream.concat(hooks.stream(), compositeHooks.stream()).map(HookDefinition.class::cast).toList();
    }

    /** The primary hook, which may be composite; absent only when the frame declares its grain. */
    public Optional<HookDefinition> primaryHook() {
        return allHooks().stream().filter(HookDefinition::primary).findFirst();
    }

    /** The non-primary plain hooks: the frame's references to other concepts. */
    public List<Hook> foreignHooks() {
        return hooks.stream().filter(h -> !h.primary()).toList();
    }

    public Optional<HookDefinition> hook(HookName name) {
        return allHooks().stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
