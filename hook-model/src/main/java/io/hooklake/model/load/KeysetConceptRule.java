package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/** LH110: every keyset holds the keys of a declared concept. */
final class KeysetConceptRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (KeysetDto keyset : document.keysets()) {
            String concept = keyset.concept().value();
            if (document.concept(concept).isEmpty()) {
                diagnostics.error(ErrorCode.UNKNOWN_CONCEPT, keyset.concept().location(),
                        "keyset '" + keyset.resolvedName() + "' uses unknown concept '" + concept + "'",
                        diagnostics.didYouMean(concept, document.conceptNames()));
            }
        }
    }
}
