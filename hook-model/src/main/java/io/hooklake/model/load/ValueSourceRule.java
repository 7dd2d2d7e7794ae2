package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.Optional;

/**
 * LH117: a hook has exactly one of {@code business_key} and {@code expression}; an event exactly
 * one of {@code column} and {@code expression}.
 */
final class ValueSourceRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            for (HookDto hook : frame.hooks()) {
                check(diagnostics, hook.location(), "hook " + "'" + document.hookLabel(hook) + "'",
                        hook.businessKey(), "business_key", hook.expression());
            }
            for (EventDto event : frame.events()) {
                check(diagnostics, event.location(), "event '" + event.name().value() + "' of frame '"
                        + document.frameLabel(frame) + "'", event.column(), "column", event.expression());
            }
        }
    }

    private static void check(Diagnostics diagnostics, Location location, String user,
            Optional<Located<String>> column, String columnKey, Optional<Located<String>> expression) {
        if (column.isPresent() && expression.isPresent()) {
            diagnostics.error(ErrorCode.VALUE_SOURCE, expression.get().location(),
                    user + " has both '" + columnKey + "' and 'expression'", "keep one of them");
        } else if (column.isEmpty() && expression.isEmpty()) {
            diagnostics.error(ErrorCode.VALUE_SOURCE, location, user + " has neither '" + columnKey + "' nor 'expression'",
                    "give one of them");
        }
    }
}
