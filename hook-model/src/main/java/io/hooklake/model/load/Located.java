package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.Objects;

/**
 * A value read from YAML with where it was written, so a diagnostic can point at the value itself.
 *
 * @param value the value
 * @param location where the value (not its key) was written
 */
record Located<T>(T value, Location location) {

    Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
