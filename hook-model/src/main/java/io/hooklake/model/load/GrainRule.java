package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/**
 * LH121: a frame's grain is not empty. A declared grain must list columns; a grain taken from the
 * primary hook needs at least one business key column, which a hook keyed by an expression does
 * not give.
 */
final class GrainRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames().stream().filter(FrameDto::complete).toList()) {
            String name = document.frameLabel(frame);
            if (frame.grain().isPresent()) {
                if (frame.grain().get().isEmpty()) {
                    diagnostics.error(ErrorCode.EMPTY_GRAIN, frame.location(), "frame '" + name + "' declares an empty grain",
                            "list the columns that identify one record, or leave 'grain' out");
                }
            } else if (hasPrimary(frame) && document.grain(frame).isEmpty()) {
                diagnostics.error(ErrorCode.EMPTY_GRAIN, frame.location(),
                        "frame '" + name + "' has no grain: the business key of its primary hook is an expression",
                        "declare 'grain', the columns that identify one record");
            }
        }
    }

    private static boolean hasPrimary(FrameDto frame) {
        return frame.hooks().stream().anyMatch(HookDto::isPrimary)
                || frame.compositeHooks().stream().anyMatch(CompositeHookDto::isPrimary);
    }
}
