package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.SqlType;

/** LH123: an event's column is a date or timestamp column. */
final class EventColumnTypeRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            document.table(frame).ifPresent(table -> frame.events().forEach(event -> event.column().ifPresent(column ->
                    table.columns().stream().filter(c -> c.name().value().equals(column.value())).findFirst()
                            .filter(c -> DuckDbTypes.isValid(c.type().value()))
                            .map(c -> SqlType.of(c.type().value()))
                            .filter(type -> !type.isDate() && !type.isTimestamp())
                            .ifPresent(type -> diagnostics.error(ErrorCode.EVENT_COLUMN_TYPE, column.location(),
                                    "event '" + event.name().value() + "' of frame '" + document.frameLabel(frame)
                                            + "' uses column '" + column.value() + "' of type " + type
                                            + ", not a date or timestamp",
                                    "use 'expression' to make a date of it")))));
        }
    }
}
