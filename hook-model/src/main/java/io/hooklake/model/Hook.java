package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/**
 * A hook: {@code <keyset>|<business key as text>}, NULL when the business key is NULL.
 *
 * @param name its column name, such as {@code _hook__address__billing}; by default
 *     {@code _hook__<concept>[__<qualifier>][__<role>]}
 * @param keyset the keyset that qualifies the business key
 * @param businessKey the column or SQL expression that gives the business key
 * @param primary whether it identifies the frame's records
 * @param role the role of a reference, such as {@code billing}, when a frame refers to one concept
 *     in several roles; it qualifies the columns the bridge inherits through this hook
 * @param location where it was declared
 */
public record Hook(
        HookName name,
        KeysetName keyset,
        ValueSource businessKey,
        boolean primary,
        Optional<String> role,
        Location location) implements HookDefinition {
}
