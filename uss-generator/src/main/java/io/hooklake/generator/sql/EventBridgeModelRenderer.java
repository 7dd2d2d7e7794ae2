package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.naming.NamingStrategy.RecordColumn;
import io.hooklake.model.Frame;
import io.hooklake.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The event bridge of a frame: each bridge row once per event date, with a flag per event. */
final class EventBridgeModelRenderer {

    static final String TEMPLATE = "event_bridge.ftl";

    private EventBridgeModelRenderer() {
    }

    static Model render(RenderContext ctx, Frame frame, List<FrameEvent> events) {
        Table table = ctx.table(frame);
        List<Views.Renamed> record = Stream.concat(
                table.payload().stream().map(c -> new Views.Renamed(ctx.dialect.quoted(c.name().value()),
                        ctx.id(ctx.naming.payload(frame, c)))),
                Stream.of(new Views.Renamed(ctx.dialect.quoted(table.loadColumn().value()),
                        ctx.id(ctx.naming.record(frame, RecordColumn.LOADED_AT)))))
                .toList();
        List<Views.EventView> eventViews = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            FrameEvent e = events.get(i);
            eventViews.add(new Views.EventView(ctx.id(ctx.naming.eventFlag(e.name())), ctx.id(ctx.naming.eventValue(i)),
                    e.kind().name(), e.value()));
        }
        List<Views.BridgeColumn> bridgeColumns = BridgeModelRenderer.columns(ctx, frame).stream()
                .map(c -> new Views.BridgeColumn(ctx.id(c.name()), c.name().equals(ctx.naming.bridgePitHook())))
                .toList();
        Views.EventBridgeView view = new Views.EventBridgeView(
                ctx.storage(),
                ctx.pitStorage(),
                ctx.dialect.relation(ctx.naming.bridge(frame)),
                ctx.dialect.relation(ctx.naming.frame(frame)),
                ctx.id(ctx.naming.pitHook(frame)),
                record,
                eventViews,
                bridgeColumns,
                ctx.dialect.literal(ctx.naming.dateKeyset() + "|"),
                ctx.id(ctx.naming.dateHook()),
                ctx.id(ctx.naming.eventDate()),
                ctx.id(ctx.naming.bridgeLoadedAt()),
                ctx.affected(ctx.naming.eventBridge(frame)));
        Rendered rendered = ctx.templates.render(TEMPLATE, "events", view);
        List<ModelName> upstream = events.isEmpty()
                ? List.of(ctx.naming.bridge(frame))
                : Stream.of(ctx.naming.bridge(frame), ctx.naming.frame(frame)).sorted().toList();
        return new Model(ctx.naming.eventBridge(frame), ModelKind.EVENT_BRIDGE, Materialization.INCREMENTAL, upstream,
                columns(ctx, frame, events), List.of(ctx.naming.bridgePitHook()), rendered.sql(), rendered.templates(),
                Optional.of(frame.location()),
                Optional.of(ctx.incremental(ctx.naming.eventBridge(frame), TEMPLATE, "events", view,
                        ctx.naming.pitHook(frame))));
    }

    static List<ModelColumn> columns(RenderContext ctx, Frame frame, List<FrameEvent> events) {
        List<ModelColumn> columns = new ArrayList<>();
        for (ModelColumn column : BridgeModelRenderer.columns(ctx, frame)) {
            columns.add(column.name().equals(ctx.naming.bridgePitHook())
                    ? RenderContext.column(column.name(), column.type(),
                            "the bridge row's key extended with the event date's hook")
                    : column);
        }
        for (FrameEvent event : events) {
            columns.add(RenderContext.column(ctx.naming.eventFlag(event.name()), ctx.dialect.booleanType(),
                    "whether event '" + event.name() + "' happened on this date"));
        }
        columns.add(RenderContext.column(ctx.naming.dateHook(), ctx.hookType(),
                "hook of the event date (NULL when the version has no event date)"));
        columns.add(RenderContext.column(ctx.naming.eventDate(), ctx.dialect.dateType(),
                "the event date itself, which the calendar's range is read from"));
        return columns;
    }
}
