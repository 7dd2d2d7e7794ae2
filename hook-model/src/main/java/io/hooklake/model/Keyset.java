package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/**
 * A keyset qualifies a business key so keys from different sources or roles never collide. Its
 * default name is {@code <concept>[__<qualifier>]__<source>}.
 *
 * @param name its name, such as {@code person__employee__adventure_works}
 * @param concept the concept whose keys it holds
 * @param qualifier a qualifier such as {@code employee}, when the concept has several key spaces
 * @param source the source system the keys come from
 * @param description free text, empty when not given
 * @param location where it was declared
 */
public record Keyset(
        KeysetName name,
        ConceptName concept,
        Optional<String> qualifier,
        SourceName source,
        String description,
        Location location) {

    /** The default name of a keyset: {@code <concept>[__<qualifier>]__<source>}. */
    public static KeysetName defaultName(ConceptName concept, Optional<String> qualifier, SourceName source) {
        return new KeysetName(concept.value() + qualifier.map(q -> "__" + q).orElse("") + "__" + source.value());
    }
}
