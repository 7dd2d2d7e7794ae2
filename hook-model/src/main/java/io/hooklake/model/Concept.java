package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;

/**
 * A core business concept: a thing the business talks about (customer, product, order).
 *
 * @param name its name, such as {@code customer}
 * @param kind core, reference, ...
 * @param description free text, empty when not given
 * @param taxonomy its sub-types, such as {@code [individual, store]}; may be empty
 * @param location where it was declared
 */
public record Concept(ConceptName name, ConceptKind kind, String description, List<String> taxonomy, Location location) {

    public Concept {
        taxonomy = List.copyOf(taxonomy);
    }
}
