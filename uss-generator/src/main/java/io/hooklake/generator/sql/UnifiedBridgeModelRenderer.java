package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The unified bridge: every event bridge stacked by column name. Columns: {@code peripheral},
 * {@code _pit_hook__bridge}, every point-in-time hook of any stage (sorted by name; the ghost
 * record where a stage lacks it or holds NULL, so every row finds a partner in each peripheral),
 * the date hook, the bridge validity, every event flag (sorted; false where a stage lacks it).
 * Plain hooks and the event date stay in the event bridges.
 *
 * <p>In DuckDB each stage selects only the columns it has and the stages are stacked {@code UNION
 * ALL BY NAME}; one outer select fills the gaps. The SQL therefore grows with the number of
 * columns, not with stages times columns (at 1,000 frames the explicit form was 44 MB). Spark SQL
 * has no such union, so its stages list every column, a typed NULL where a stage lacks one.
 */
final class UnifiedBridgeModelRenderer {

    static final String TEMPLATE = "unified_bridge.ftl";

    private UnifiedBridgeModelRenderer() {
    }

    /** One event bridge: its name and the columns it produces. */
    record Input(ModelName name, List<ModelColumn> columns) {
    }

    static Model render(RenderContext ctx, List<Input> inputs) {
        List<ModelColumn> columns = columns(ctx, inputs);
        Set<String> keys = pitColumns(ctx, inputs).keySet();
        Set<String> unified = columns.stream().map(ModelColumn::name).collect(Collectors.toSet());
        List<Views.UnifiedColumn> fills = columns.stream()
                .map(c -> new Views.UnifiedColumn(ctx.id(c.name()),
                        keys.contains(c.name()) ? "key" : ctx.naming.isEventFlag(c.name()) ? "flag" : "plain", c.type()))
                .toList();
        List<Views.Stage> stages = inputs.stream().sorted(Comparator.comparing(Input::name))
                .map(input -> new Views.Stage(ctx.dialect.relation(input.name()), input.columns().stream()
                        .map(ModelColumn::name).filter(unified::contains).map(ctx::id).toList(), fills))
                .toList();
        Views.UnifiedBridgeView view = new Views.UnifiedBridgeView(ctx.storage(), ctx.pitStorage(),
                ctx.dialect.literal(ctx.naming.ghostKey()), fills, stages);
        Rendered rendered = ctx.templates.render(TEMPLATE, "unified", view);
        return new Model(ctx.naming.unifiedBridge(), ModelKind.UNIFIED_BRIDGE, Materialization.VIEW,
                inputs.stream().map(Input::name).sorted().toList(), columns, List.of(), rendered.sql(),
                rendered.templates(), Optional.empty());
    }

    static List<ModelColumn> columns(RenderContext ctx, List<Input> inputs) {
        List<ModelColumn> columns = new ArrayList<>();
        columns.add(RenderContext.column(ctx.naming.peripheralColumn(), ctx.dialect.textType(),
                "the frame (peripheral) this row belongs to"));
        columns.add(RenderContext.column(ctx.naming.bridgePitHook(), ctx.pitType(),
                "the row's key, unique over all peripherals"));
        pitColumns(ctx, inputs).forEach((name, description) ->
                columns.add(RenderContext.column(name, ctx.pitType(), description)));
        columns.add(RenderContext.column(ctx.naming.dateHook(), ctx.hookType(), "hook of the event date"));
        columns.add(RenderContext.column(ctx.naming.bridgeValidFrom(), ctx.dialect.timestampType(),
                "start of the row's interval, inclusive"));
        columns.add(RenderContext.column(ctx.naming.bridgeValidTo(), ctx.dialect.timestampType(),
                "end of the row's interval, exclusive"));
        columns.add(RenderContext.column(ctx.naming.bridgeIsCurrent(), ctx.dialect.booleanType(),
                "whether the interval is open"));
        Map<String, String> flags = new TreeMap<>();
        inputs.forEach(i -> i.columns().stream().filter(c -> ctx.naming.isEventFlag(c.name()))
                .forEach(c -> flags.putIfAbsent(c.name(), "whether the event happened on this date")));
        flags.forEach((name, description) ->
                columns.add(RenderContext.column(name, ctx.dialect.booleanType(), description)));
        return columns;
    }

    private static Map<String, String> pitColumns(RenderContext ctx, List<Input> inputs) {
        String bridgePit = ctx.naming.bridgePitHook();
        Map<String, String> pits = new TreeMap<>();
        inputs.forEach(i -> i.columns().stream()
                .filter(c -> ctx.naming.isPitHook(c.name()) && !c.name().equals(bridgePit))
                .forEach(c -> pits.putIfAbsent(c.name(), "point-in-time hook; the ghost record where the peripheral lacks it")));
        return pits;
    }
}
