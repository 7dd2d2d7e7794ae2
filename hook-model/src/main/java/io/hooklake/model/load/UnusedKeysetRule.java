package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import java.util.Set;
import java.util.stream.Collectors;

/** LH150 (warning): a keyset that no hook uses. */
final class UnusedKeysetRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        Set<String> used = document.frames().stream().flatMap(f -> f.hooks().stream())
                .map(h -> h.keyset().value()).collect(Collectors.toSet());
        for (KeysetDto keyset : document.keysets()) {
            if (!used.contains(keyset.resolvedName())) {
                diagnostics.warning(ErrorCode.UNUSED_KEYSET, keyset.nameLocation(), "keyset '" + keyset.resolvedName() + "' is used by no hook",
                        "use it in a hook, or remove it");
            }
        }
    }
}
