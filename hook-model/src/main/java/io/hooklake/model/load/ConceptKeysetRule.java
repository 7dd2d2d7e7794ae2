package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import java.util.Set;
import java.util.stream.Collectors;

/** LH151 (warning): a concept that no keyset holds keys of. */
final class ConceptKeysetRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        Set<String> withKeysets = document.keysets().stream().map(k -> k.concept().value()).collect(Collectors.toSet());
        for (ConceptDto concept : document.concepts()) {
            if (!withKeysets.contains(concept.name().value())) {
                diagnostics.warning(ErrorCode.CONCEPT_WITHOUT_KEYSET, concept.name().location(), "concept '" + concept.name().value() + "' has no keyset",
                        "add a keyset for its keys, or remove it");
            }
        }
    }
}
