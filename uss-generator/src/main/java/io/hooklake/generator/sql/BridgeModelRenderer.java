package io.hooklake.generator.sql;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.graph.BridgeLayout;
import io.hooklake.generator.graph.InheritedPit;
import io.hooklake.generator.naming.NamingStrategy.RecordColumn;
import io.hooklake.model.Frame;
import io.hooklake.model.HookDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The cascading point-in-time bridge of a frame: its versions cut at every boundary of the parent
 * bridge rows they match, each piece joined to the parent rows covering it (gaps keep NULLs). A
 * reference that is not cascaded joins the referenced frame instead of its bridge, for that
 * frame's own point-in-time hook only.
 */
final class BridgeModelRenderer {

    static final String TEMPLATE = "bridge.ftl";

    private BridgeModelRenderer() {
    }

    static Model render(RenderContext ctx, Frame frame) {
        BridgeLayout layout = ctx.layouts.of(frame.name());
        List<FrameReference> references = ctx.graph.referencesFrom(frame.name());
        List<Views.ParentBridge> parents = new ArrayList<>();
        TreeSet<ModelName> upstream = new TreeSet<>();
        upstream.add(ctx.naming.frame(frame));
        for (int i = 0; i < references.size(); i++) {
            FrameReference reference = references.get(i);
            Frame parent = ctx.frame(reference.to());
            int index = i;
            List<String> columns = layout.inherited().stream().filter(c -> c.reference() == index)
                    .map(c -> ctx.id(c.parentColumn())).toList();
            String hook = ctx.id(ctx.naming.hook(parent.primaryHook().orElseThrow()));
            if (reference.cascaded()) {
                upstream.add(ctx.naming.bridge(parent));
                parents.add(new Views.ParentBridge(
                        ctx.dialect.relation(ctx.naming.bridge(parent)),
                        ctx.id(ctx.naming.parentAlias(i)),
                        ctx.id(ctx.naming.parentPieces(i)),
                        hook,
                        ctx.id(reference.hook().value()),
                        ctx.id(ctx.naming.bridgeValidFrom()),
                        ctx.id(ctx.naming.bridgeValidTo()),
                        ctx.id(ctx.naming.bridgeLoadedAt()),
                        columns));
            } else {
                // A reference that closes a cycle: one step, the referenced frame's versions as they are
                // (its bridge would read this one), their last update as the row's load.
                upstream.add(ctx.naming.frame(parent));
                parents.add(new Views.ParentBridge(
                        ctx.dialect.relation(ctx.naming.frame(parent)),
                        ctx.id(ctx.naming.parentAlias(i)),
                        ctx.id(ctx.naming.parentPieces(i)),
                        hook,
                        ctx.id(reference.hook().value()),
                        ctx.id(ctx.naming.record(parent, RecordColumn.VALID_FROM)),
                        ctx.id(ctx.naming.record(parent, RecordColumn.VALID_TO)),
                        ctx.id(ctx.naming.record(parent, RecordColumn.UPDATED_AT)),
                        columns));
            }
        }
        ModelName name = ctx.naming.bridge(frame);
        List<Views.InheritedColumn> inherited = layout.inherited().stream()
                .map(c -> new Views.InheritedColumn(ctx.id(ctx.naming.parentAlias(c.reference())),
                        ctx.id(c.parentColumn()), ctx.id(c.column())))
                .toList();
        Views.BridgeView view = new Views.BridgeView(
                ctx.storage(),
                ctx.pitStorage(),
                ctx.dialect.relation(ctx.naming.frame(frame)),
                ctx.id(layout.ownPit()),
                frame.allHooks().stream().map(h -> ctx.id(ctx.naming.hook(h))).toList(),
                ctx.id(ctx.naming.record(frame, RecordColumn.VALID_FROM)),
                ctx.id(ctx.naming.record(frame, RecordColumn.VALID_TO)),
                parents,
                inherited,
                ctx.id(ctx.naming.peripheralColumn()),
                ctx.dialect.literal(ctx.naming.peripheralValue(frame)),
                ctx.dialect.literal(ctx.naming.peripheralKeyset() + "|" + ctx.naming.peripheralValue(frame)),
                ctx.dialect.literal(ctx.naming.validFromKeyset() + "|"),
                ctx.id(ctx.naming.bridgePitHook()),
                ctx.id(ctx.naming.bridgeValidFrom()),
                ctx.id(ctx.naming.bridgeValidTo()),
                ctx.id(ctx.naming.bridgeIsCurrent()),
                ctx.id(ctx.naming.record(frame, RecordColumn.UPDATED_AT)),
                ctx.id(ctx.naming.bridgeLoadedAt()),
                ctx.affected(name));
        Rendered rendered = ctx.templates.render(TEMPLATE, "bridge", view);
        return new Model(name, ModelKind.BRIDGE, Materialization.INCREMENTAL,
                List.copyOf(upstream), columns(ctx, frame), List.of(ctx.naming.bridgePitHook()), rendered.sql(),
                rendered.templates(), Optional.of(frame.location()),
                Optional.of(ctx.incremental(name, TEMPLATE, "bridge", view, layout.ownPit())));
    }

    /** The bridge's columns, in order. */
    static List<ModelColumn> columns(RenderContext ctx, Frame frame) {
        BridgeLayout layout = ctx.layouts.of(frame.name());
        String hookType = ctx.hookType();
        String pitType = ctx.pitType();
        List<ModelColumn> columns = new ArrayList<>();
        columns.add(RenderContext.column(ctx.naming.peripheralColumn(), ctx.dialect.textType(),
                "the frame (peripheral) this row belongs to"));
        columns.add(RenderContext.column(ctx.naming.bridgePitHook(), pitType,
                "the row's key: peripheral, valid_from and the frame's point-in-time hook"));
        columns.add(RenderContext.column(layout.ownPit(), pitType, "point-in-time hook of frame " + frame.name()));
        for (InheritedPit pit : layout.inherited()) {
            columns.add(RenderContext.column(pit.column(), pitType, "inherited through " + pit.summary()));
        }
        for (HookDefinition hook : frame.allHooks()) {
            columns.add(RenderContext.column(ctx.naming.hook(hook), hookType, "hook of frame " + frame.name()));
        }
        columns.add(RenderContext.column(ctx.naming.bridgeValidFrom(), ctx.dialect.timestampType(),
                "start of the interval in which the version and every inherited version are constant, inclusive"));
        columns.add(RenderContext.column(ctx.naming.bridgeValidTo(), ctx.dialect.timestampType(),
                "end of that interval, exclusive"));
        columns.add(RenderContext.column(ctx.naming.bridgeIsCurrent(), ctx.dialect.booleanType(),
                "whether the interval is open"));
        columns.add(RenderContext.column(ctx.naming.bridgeLoadedAt(), ctx.dialect.timestampType(),
                "the latest load that contributed to the row: its version's update and every joined parent row's"));
        return columns;
    }
}
