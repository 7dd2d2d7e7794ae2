package io.hooklake.generator;

import java.util.Objects;

/**
 * A model's schema-qualified name, such as {@code dab.frame__adventure_works__addresses}.
 *
 * @param schema the layer's schema
 * @param name the model's name within it
 */
public record ModelName(String schema, String name) implements Comparable<ModelName> {

    public ModelName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /** {@code schema.name}. */
    public String qualified() {
        return schema + "." + name;
    }

    @Override
    public int compareTo(ModelName other) {
        return qualified().compareTo(other.qualified());
    }

    @Override
    public String toString() {
        return qualified();
    }
}
