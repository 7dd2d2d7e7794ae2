package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/** LH104: every hook uses a declared keyset. */
final class HookKeysetRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            for (HookDto hook : frame.hooks()) {
                String keyset = hook.keyset().value();
                if (document.keyset(keyset).isEmpty()) {
                    diagnostics.error(ErrorCode.UNKNOWN_KEYSET, hook.keyset().location(),
                            "hook " + "'" + document.hookLabel(hook) + "'" + " uses unknown keyset '" + keyset + "'",
                            diagnostics.didYouMean(keyset, document.keysetNames()));
                }
            }
        }
    }
}
