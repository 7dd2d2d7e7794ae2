package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;

/** A hook of a frame: a plain {@link Hook} on a business key, or a {@link CompositeHook} of others. */
public sealed interface HookDefinition permits Hook, CompositeHook {

    /** Its column name, such as {@code _hook__address__billing}. */
    HookName name();

    /** Whether it identifies the frame's records. */
    boolean primary();

    Location location();
}
