package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A frame has exactly one primary hook, plain or composite (LH112 for more), or none and a
 * declared grain (LH111 for neither).
 */
final class PrimaryHookRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames().stream().filter(FrameDto::complete).toList()) {
            List<String> names = new ArrayList<>();
            List<Location> locations = new ArrayList<>();
            for (HookDto hook : frame.hooks()) {
                if (hook.isPrimary()) {
                    names.add("'" + document.hookLabel(hook) + "'");
                    locations.add(hook.primary().orElseThrow().location());
                }
            }
            for (CompositeHookDto hook : frame.compositeHooks()) {
                if (hook.isPrimary()) {
                    names.add("'" + hook.name().value() + "'");
                    locations.add(hook.primary().orElseThrow().location());
                }
            }
            if (names.isEmpty() && frame.grain().isEmpty()) {
                diagnostics.error(ErrorCode.NO_PRIMARY_HOOK, frame.location(),
                        "frame '" + document.frameLabel(frame) + "' has no primary hook and no grain",
                        "mark the hook that identifies its records 'primary: true', or declare 'grain'");
            }
            if (names.size() > 1) {
                diagnostics.error(ErrorCode.SEVERAL_PRIMARY_HOOKS, locations.get(1),
                        "frame '" + document.frameLabel(frame) + "' has more than one primary hook: " + String.join(", ", names),
                        "combine them in a primary composite hook, or keep one 'primary: true'");
            }
        }
    }
}
