package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;

/**
 * A hook built from other hooks of the same frame: their values joined with {@code ~}, NULL when
 * any part is NULL.
 *
 * @param name its column name, such as {@code _hook__product_vendor}
 * @param parts the hooks (plain or composite) it is built from, in order
 * @param primary whether it identifies the frame's records
 * @param location where it was declared
 */
public record CompositeHook(HookName name, List<HookName> parts, boolean primary, Location location)
        implements HookDefinition {

    public CompositeHook {
        parts = List.copyOf(parts);
    }
}
