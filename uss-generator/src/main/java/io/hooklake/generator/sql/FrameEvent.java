package io.hooklake.generator.sql;

import io.hooklake.generator.dialect.DateKind;
import io.hooklake.model.Column;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Event;
import io.hooklake.model.Frame;
import io.hooklake.model.Table;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event of a frame: each DATE column (and TIMESTAMP column when timestamp events are on) is
 * one, named after the column, and so is each explicit event. An explicit event whose name equals
 * a column event's replaces it (LH205).
 *
 * @param name the event's name
 * @param kind how its value becomes a date
 * @param value its value as SQL over the raw table's column names
 */
record FrameEvent(String name, DateKind kind, String value) {

    /** An explicit event replaces a column event of the same name. */
    static final ErrorCode REPLACED = ErrorCode.EVENT_REPLACED;

    static List<FrameEvent> of(RenderContext ctx, Frame frame) {
        Table table = ctx.table(frame);
        Map<String, FrameEvent> events = new LinkedHashMap<>();
        for (Column column : table.payload()) {
            boolean date = column.type().isDate();
            boolean timestamp = column.type().isTimestamp() && ctx.project.settings().timestampEvents();
            if (date || timestamp) {
                events.put(column.name().value(), new FrameEvent(column.name().value(),
                        ctx.dialect.dateKind(column.type()), ctx.dialect.quoted(column.name().value())));
            }
        }
        List<FrameEvent> explicit = new ArrayList<>();
        for (Event event : frame.events()) {
            String name = event.name().value();
            if (events.remove(name) != null) {
                ctx.diagnostics.add(Diagnostic.warning(REPLACED, event.location(), "event '" + name + "' of frame '"
                        + frame.name() + "' replaces the event of its date column '" + name + "'"));
            }
            DateKind kind = event.value() instanceof ValueSource.ColumnRef ref
                    ? table.column(ref.column()).map(c -> ctx.dialect.dateKind(c.type())).orElse(DateKind.OTHER)
                    : DateKind.OTHER;
            explicit.add(new FrameEvent(name, kind, FrameModelRenderer.valueSql(ctx, event.value())));
        }
        List<FrameEvent> all = new ArrayList<>(events.values());
        all.addAll(explicit);
        return all;
    }
}
