package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.DateKind;
import io.hooklake.generator.naming.NamingStrategy.RecordColumn;
import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.CompositeHook;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.HookName;
import io.hooklake.model.Table;
import io.hooklake.model.ValueSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The frame: one row per record version of its grain, with hooks, prefixed payload and record
 * history. Loads whose payload hash equals the previous version's make no version; of several
 * rows of one grain in one load, the one with the smallest payload hash is kept.
 */
final class FrameModelRenderer {

    static final String TEMPLATE = "frame.ftl";
    static final String DATA_CHECK = "data_check.ftl";

    private FrameModelRenderer() {
    }

    static Model render(RenderContext ctx, Frame frame) {
        Table table = ctx.table(frame);
        List<Views.Renamed> payload = table.payload().stream()
                .map(c -> new Views.Renamed(ctx.dialect.quoted(c.name().value()), ctx.id(ctx.naming.payload(frame, c))))
                .toList();
        Column load = table.load();
        ModelName name = ctx.naming.frame(frame);
        List<String> grain = grain(ctx, frame, table);
        Map<String, String> payloadColumns = new HashMap<>();
        payload.forEach(c -> payloadColumns.put(c.source(), c.column()));
        List<Views.FrameHook> hooks = frame.allHooks().stream()
                .map(h -> new Views.FrameHook(ctx.id(ctx.naming.hook(h)), expression(ctx, frame, h, Optional::of).orElseThrow(),
                        afterVersions(ctx, frame, h, grain, payloadColumns)))
                .toList();
        Set<String> hookColumns = frame.allHooks().stream().map(ctx.naming::hook).collect(Collectors.toSet());
        List<Views.FrameEntity> keys = grain.stream()
                .map(g -> new Views.FrameEntity(ctx.id(g), hookColumns.contains(g))).toList();
        Views.FrameView view = new Views.FrameView(
                ctx.storage(),
                ctx.pitStorage(),
                ctx.dialect.relation(ctx.naming.raw(table)),
                ctx.id(ctx.naming.pitHook(frame)),
                ownKey(ctx, frame, table),
                ctx.dialect.literal(ctx.naming.validFromKeyset() + "|"),
                hooks,
                payload,
                new Views.LoadColumn(ctx.dialect.quoted(load.name().value()), ctx.dialect.loadKind(load.type()).name()),
                table.payload().stream().map(c -> new Views.Hashed(ctx.dialect.quoted(c.name().value()),
                        ctx.dialect.textKind(c.type()).name())).toList(),
                ctx.ids(grain),
                new Views.RecordColumns(
                        record(ctx, frame, RecordColumn.LOADED_AT), record(ctx, frame, RecordColumn.UPDATED_AT),
                        record(ctx, frame, RecordColumn.VALID_FROM), record(ctx, frame, RecordColumn.VALID_TO),
                        record(ctx, frame, RecordColumn.VERSION), record(ctx, frame, RecordColumn.IS_CURRENT),
                        record(ctx, frame, RecordColumn.HASH)),
                keys,
                ctx.dialect.relation(name),
                ctx.affected(name));
        Rendered rendered = ctx.templates.render(TEMPLATE, "frame", view);
        return new Model(name, ModelKind.FRAME, Materialization.INCREMENTAL,
                List.of(ctx.naming.raw(table)), columns(ctx, frame), List.of(ctx.naming.pitHook(frame)),
                rendered.sql(), rendered.templates(), Optional.of(frame.location()),
                Optional.of(ctx.incremental(name, TEMPLATE, "frame", view, grain.get(0))))
                .withDataCheck(ctx.templates.render(DATA_CHECK, "frame", view).sql());
    }

    /** The frame's columns, in order, as its SELECT produces them. */
    static List<ModelColumn> columns(RenderContext ctx, Frame frame) {
        Table table = ctx.table(frame);
        String hookType = ctx.hookType();
        List<ModelColumn> columns = new ArrayList<>();
        columns.add(RenderContext.column(ctx.naming.pitHook(frame), ctx.pitType(),
                "point-in-time hook: the record's key and the start of its version"));
        for (HookDefinition hook : frame.allHooks()) {
            columns.add(RenderContext.column(ctx.naming.hook(hook), hookType, hookDescription(hook)));
        }
        for (Column column : table.payload()) {
            columns.add(RenderContext.column(ctx.naming.payload(frame, column), ctx.dialect.columnType(column.type()),
                    column.description()));
        }
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.LOADED_AT),
                ctx.dialect.columnType(table.load().type()), "the load that brought this version"));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.UPDATED_AT), ctx.dialect.timestampType(),
                "when this version last changed: its end once closed, else its load time"));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.VALID_FROM), ctx.dialect.timestampType(),
                "start of the version, inclusive; the beginning of time for the first version"));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.VALID_TO), ctx.dialect.timestampType(),
                "end of the version, exclusive; the end of time while current"));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.VERSION), ctx.dialect.bigintType(),
                "1 for the first version of the grain, then 2, 3, ..."));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.IS_CURRENT), ctx.dialect.booleanType(),
                "whether this is the open version"));
        columns.add(RenderContext.column(ctx.naming.record(frame, RecordColumn.HASH), ctx.dialect.textType(),
                "md5 of the payload, which tells versions apart"));
        return columns;
    }

    private static String hookDescription(HookDefinition hook) {
        if (hook instanceof Hook plain) {
            return (plain.primary() ? "primary hook" : "hook") + " on keyset " + plain.keyset()
                    + plain.role().map(r -> ", role " + r).orElse("");
        }
        return (hook.primary() ? "primary composite hook" : "composite hook") + " of "
                + ((CompositeHook) hook).parts().stream().map(Object::toString).toList();
    }

    private static String record(RenderContext ctx, Frame frame, RecordColumn column) {
        return ctx.id(ctx.naming.record(frame, column));
    }

    /**
     * A hook's text over the raw table's columns, each business key value ({@link #valueSql}) put
     * through {@code values}; empty when {@code values} has no value for one of them.
     */
    private static Optional<Views.HookExpression> expression(RenderContext ctx, Frame frame, HookDefinition hook,
            Function<String, Optional<String>> values) {
        if (hook instanceof Hook plain) {
            DateKind kind = plain.businessKey() instanceof ValueSource.ColumnRef ref
                    ? ctx.table(frame).column(ref.column()).map(c -> ctx.dialect.dateKind(c.type())).orElse(DateKind.OTHER)
                    : DateKind.OTHER;
            return values.apply(valueSql(ctx, plain.businessKey())).map(value ->
                    Views.HookExpression.key(ctx.dialect.literal(plain.keyset().value() + "|"), value, kind.name()));
        }
        List<Views.HookExpression> parts = new ArrayList<>();
        for (HookName part : ((CompositeHook) hook).parts()) {
            Optional<Views.HookExpression> expression = expression(ctx, frame, frame.hook(part).orElseThrow(), values);
            if (expression.isEmpty()) {
                return Optional.empty();
            }
            parts.add(expression.get());
        }
        return Optional.of(Views.HookExpression.composite(parts));
    }

    /**
     * A hook's text over the frame's payload columns ({@code payloadColumns}: raw column, quoted, to
     * payload column), for the frame to make after its versions are found; null for a hook in the
     * grain, or one keyed by a column or expression outside the payload.
     */
    private static Views.HookExpression afterVersions(RenderContext ctx, Frame frame, HookDefinition hook,
            List<String> grain, Map<String, String> payloadColumns) {
        if (grain.contains(ctx.naming.hook(hook))) {
            return null;
        }
        return expression(ctx, frame, hook, value -> Optional.ofNullable(payloadColumns.get(value))).orElse(null);
    }

    /** A column (quoted) or an expression (in parentheses) over the raw table's columns. */
    static String valueSql(RenderContext ctx, ValueSource source) {
        if (source instanceof ValueSource.ColumnRef ref) {
            return ctx.dialect.quoted(ref.column().value());
        }
        return "(" + ((ValueSource.SqlExpression) source).sql() + ")";
    }

    /** The text the point-in-time hook starts with: the primary hook, else the grain's values. */
    private static Views.HookExpression ownKey(RenderContext ctx, Frame frame, Table table) {
        return frame.primaryHook()
                .map(h -> Views.HookExpression.column(ctx.id(ctx.naming.hook(h))))
                .orElseGet(() -> Views.HookExpression.grain(ctx.dialect.literal(ctx.naming.grainKeyset(frame) + "|"),
                        ctx.ids(grainColumns(ctx, frame, table)), frame.grain().stream()
                                .map(name -> table.column(name).map(c -> ctx.dialect.dateKind(c.type()).name())
                                        .orElse(DateKind.OTHER.name()))
                                .toList()));
    }

    /**
     * What versions are partitioned by (column names): the grain's columns; or the primary hook
     * itself when no grain is given, or when the grain was derived from a primary hook keyed (in
     * part) by an expression, whose derived columns would miss the expression's part of the key.
     * Its first column names the frame's entity for incremental runs: all versions of one grain
     * share it.
     */
    private static List<String> grain(RenderContext ctx, Frame frame, Table table) {
        Optional<HookDefinition> primary = frame.primaryHook();
        boolean derivedFromExpression = primary.isPresent() && hasExpression(frame, primary.get())
                && frame.grain().equals(keyColumns(frame, primary.get()));
        if (!frame.grain().isEmpty() && !derivedFromExpression) {
            return grainColumns(ctx, frame, table);
        }
        return List.of(ctx.naming.hook(primary.orElseThrow(
                () -> new IllegalStateException("frame " + frame.name() + " has neither grain nor primary hook"))));
    }

    private static boolean hasExpression(Frame frame, HookDefinition hook) {
        if (hook instanceof Hook plain) {
            return plain.businessKey() instanceof ValueSource.SqlExpression;
        }
        return ((CompositeHook) hook).parts().stream().map(p -> frame.hook(p).orElseThrow())
                .anyMatch(p -> hasExpression(frame, p));
    }

    /** The business key columns of a hook, parts in order, each once: how a grain is derived. */
    private static List<ColumnName> keyColumns(Frame frame, HookDefinition hook) {
        LinkedHashSet<ColumnName> columns = new LinkedHashSet<>();
        collectKeyColumns(frame, hook, columns);
        return List.copyOf(columns);
    }

    private static void collectKeyColumns(Frame frame, HookDefinition hook, Set<ColumnName> columns) {
        if (hook instanceof Hook plain) {
            if (plain.businessKey() instanceof ValueSource.ColumnRef ref) {
                columns.add(ref.column());
            }
            return;
        }
        ((CompositeHook) hook).parts().forEach(p -> collectKeyColumns(frame, frame.hook(p).orElseThrow(), columns));
    }

    /** The frame's columns (names) for its declared grain. */
    private static List<String> grainColumns(RenderContext ctx, Frame frame, Table table) {
        List<String> columns = new ArrayList<>();
        for (ColumnName name : frame.grain()) {
            if (name.equals(table.loadColumn())) {
                columns.add(ctx.naming.record(frame, RecordColumn.LOADED_AT));
            } else {
                Column column = table.column(name).orElseThrow(
                        () -> new IllegalStateException("frame " + frame.name() + " grain names unknown column " + name));
                columns.add(ctx.naming.payload(frame, column));
            }
        }
        return columns;
    }
}
