package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.naming.NamingStrategy.RecordColumn;
import io.hooklake.model.Frame;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.SqlType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The peripheral: the frame without its foreign hooks, plus one ghost record. */
final class PeripheralModelRenderer {

    static final String TEMPLATE = "peripheral.ftl";

    private PeripheralModelRenderer() {
    }

    static Model render(RenderContext ctx, Frame frame) {
        List<ModelColumn> columns = columns(ctx, frame);
        String pit = ctx.naming.pitHook(frame);
        String primary = frame.primaryHook().map(HookDefinition::name).map(Object::toString).orElse("");
        String validFrom = ctx.naming.record(frame, RecordColumn.VALID_FROM);
        String validTo = ctx.naming.record(frame, RecordColumn.VALID_TO);
        Set<String> record = recordColumns(ctx, frame);
        List<Views.PeripheralColumn> viewColumns = columns.stream().map(c -> {
            String ghost;
            if (c.name().equals(pit)) {
                ghost = "pit";
            } else if (c.name().equals(primary)) {
                ghost = "key";
            } else if (c.name().equals(validFrom)) {
                ghost = "beginning";
            } else if (c.name().equals(validTo)) {
                ghost = "end";
            } else if (!record.contains(c.name()) && SqlType.of(c.type()).isText()) {
                ghost = "text";
            } else {
                ghost = "null";
            }
            return new Views.PeripheralColumn(ctx.id(c.name()), c.type(), ghost);
        }).toList();
        Views.PeripheralView view = new Views.PeripheralView(ctx.storage(), ctx.pitStorage(),
                ctx.dialect.relation(ctx.naming.frame(frame)), viewColumns,
                ctx.dialect.literal(ctx.naming.ghostKey()), ctx.dialect.literal(ctx.naming.ghostText()));
        Rendered rendered = ctx.templates.render(TEMPLATE, "peripheral", view);
        return new Model(ctx.naming.peripheral(frame), ModelKind.PERIPHERAL, Materialization.VIEW,
                List.of(ctx.naming.frame(frame)), columns, List.of(pit), rendered.sql(), rendered.templates(),
                Optional.of(frame.location()));
    }

    /** The frame's columns less its foreign hooks (every hook but the primary one). */
    static List<ModelColumn> columns(RenderContext ctx, Frame frame) {
        Set<String> foreign = frame.allHooks().stream().filter(h -> !h.primary()).map(ctx.naming::hook)
                .collect(Collectors.toSet());
        return FrameModelRenderer.columns(ctx, frame).stream().filter(c -> !foreign.contains(c.name())).toList();
    }

    private static Set<String> recordColumns(RenderContext ctx, Frame frame) {
        return Arrays.stream(RecordColumn.values()).map(r -> ctx.naming.record(frame, r))
                .collect(Collectors.toSet());
    }
}
