package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.check.ExpressionChecker;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Metric;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A metric's model: the unified bridge's current rows of its event (the frame's rows whose flag
 * {@code event__<name>} is true, in their open interval, so each event counts once, as currently
 * known), joined to the calendar for the day and to the peripherals its measure, split attributes
 * and filter use; grouped by day and split attributes.
 *
 * <p>The peripherals a metric may use are those its event's rows reach: the event's frame's own
 * and each whose point-in-time hook its bridge inherits under the peripheral's own key name (a
 * role renames the column, so a role's peripheral is not reached). A column of none of them is
 * LH211; a filter that is not an expression over them, LH207.
 *
 * <p><b>Materialization</b>: a table rebuilt whole when loads arrive, like the calendar. A new load
 * can change any day's value (a late event, a changed attribute of a parent, a version that closes
 * and moves the current row), and the unified bridge carries no load time to follow, so an
 * incremental metric would need its own proof for little gain: a metric holds one row per day and
 * split value.
 */
final class MetricModelRenderer {

    static final String TEMPLATE = "metric.ftl";

    /** A metric's column that no peripheral its event reaches has. */
    static final ErrorCode UNKNOWN_COLUMN = ErrorCode.METRIC_COLUMN;

    private MetricModelRenderer() {
    }

    /** A peripheral column a metric can use: its frame and the key it joins on. */
    private record Reached(Frame frame, String key, ModelColumn column) {
    }

    /** The model of {@code metric}, or empty with diagnostics added when its columns or filter are wrong. */
    static Optional<Model> render(RenderContext ctx, Metric metric, Map<FrameName, Model> peripherals,
            ExpressionChecker checker) {
        Frame frame = ctx.frame(metric.frame());
        Map<String, Reached> columns = reached(ctx, frame, peripherals);
        String owner = "metric '" + metric.name() + "'";
        String event = "event '" + frame.name() + "." + metric.event() + "'";
        int errors = ctx.diagnostics.size();
        Optional<Reached> measure = metric.measure().flatMap(Metric.Measure::column)
                .flatMap(a -> resolve(ctx, columns, a, "measure column", owner, event, frame));
        List<Reached> splits = new ArrayList<>();
        metric.splitBy().forEach(a -> resolve(ctx, columns, a, "split_by column", owner, event, frame).ifPresent(splits::add));
        Set<String> used = new HashSet<>();
        metric.filter().flatMap(f -> checker.checkFilter(f, owner, "the peripherals that " + event + " reaches",
                columns.keySet(), used)).ifPresent(ctx.diagnostics::add);
        if (ctx.diagnostics.size() > errors) {
            return Optional.empty();
        }
        Map<FrameName, Views.MetricJoin> joins = new LinkedHashMap<>();
        List<Reached> joined = new ArrayList<>();
        measure.ifPresent(joined::add);
        joined.addAll(splits);
        used.stream().sorted().map(columns::get).forEach(joined::add);
        for (Reached r : joined) {
            joins.computeIfAbsent(r.frame().name(), f -> new Views.MetricJoin(ctx.dialect.relation(ctx.naming.peripheral(r.frame())),
                    ctx.id("__peripheral_" + joins.size()), ctx.id(r.key())));
        }
        Views.MetricColumns own = new Views.MetricColumns(ctx.id(ctx.naming.metricColumn("date")),
                ctx.id(ctx.naming.metricColumn("events")), ctx.id(ctx.naming.metricColumn("value")),
                ctx.id(ctx.naming.metricColumn("measured")));
        Views.MetricView view = new Views.MetricView(ctx.dialect.relation(ctx.naming.unifiedBridge()),
                ctx.dialect.relation(ctx.naming.calendar()), ctx.id(ctx.naming.dateHook()),
                ctx.id(ctx.naming.calendarColumn("date")), ctx.id(ctx.naming.peripheralColumn()),
                ctx.dialect.literal(frame.name().value()), ctx.id(ctx.naming.eventFlag(metric.event().value())),
                ctx.id(ctx.naming.bridgeIsCurrent()), metric.aggregate().yamlName(),
                measure.map(r -> qualified(ctx, joins, r)).orElse(null), metric.filter().map(f -> f.sql()).orElse(null),
                splits.stream().map(r -> new Views.MetricSplit(qualified(ctx, joins, r), ctx.id(r.column().name()))).toList(),
                List.copyOf(joins.values()), ctx.dialect.literal(ctx.naming.ghostText()), own);
        Rendered rendered = ctx.templates.render(TEMPLATE, "metric", view);
        Set<ModelName> upstream = new TreeSet<>();
        upstream.add(ctx.naming.unifiedBridge());
        upstream.add(ctx.naming.calendar());
        joins.keySet().forEach(f -> upstream.add(ctx.naming.peripheral(ctx.frame(f))));
        List<String> grain = new ArrayList<>();
        grain.add(ctx.naming.metricColumn("date"));
        splits.forEach(s -> grain.add(s.column().name()));
        return Optional.of(new Model(ctx.naming.metric(metric.name()), ModelKind.METRIC, Materialization.TABLE,
                List.copyOf(upstream), columns(ctx, metric, splits), grain, rendered.sql(), rendered.templates(),
                Optional.of(metric.location())));
    }

    private static String qualified(RenderContext ctx, Map<FrameName, Views.MetricJoin> joins, Reached r) {
        return joins.get(r.frame().name()).alias() + "." + ctx.id(r.column().name());
    }

    /** The columns of the peripherals the event's rows reach, by lower-case name; the first owner of a name wins. */
    private static Map<String, Reached> reached(RenderContext ctx, Frame frame, Map<FrameName, Model> peripherals) {
        Map<String, Frame> byKey = new HashMap<>();
        ctx.project.frames().stream().sorted(Comparator.comparing(Frame::name))
                .forEach(f -> byKey.putIfAbsent(ctx.naming.pitHook(f), f));
        Map<String, Reached> columns = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(ctx.layouts.of(frame.name()).pitColumns());
        for (String key : keys) {
            Frame reached = key.equals(ctx.naming.pitHook(frame)) ? frame : byKey.get(key);
            if (reached == null || !peripherals.containsKey(reached.name())) {
                continue;
            }
            peripherals.get(reached.name()).columns().stream().filter(c -> !ctx.naming.isPitHook(c.name()))
                    .forEach(c -> columns.putIfAbsent(c.name().toLowerCase(Locale.ROOT), new Reached(reached, key, c)));
        }
        return columns;
    }

    private static Optional<Reached> resolve(RenderContext ctx, Map<String, Reached> columns, Metric.Attribute attribute,
            String what, String owner, String event, Frame frame) {
        Reached r = columns.get(attribute.column().value().toLowerCase(Locale.ROOT));
        if (r == null) {
            Set<String> frames = new LinkedHashSet<>();
            columns.values().forEach(c -> frames.add(c.frame().name().value()));
            ctx.diagnostics.add(Diagnostic.error(UNKNOWN_COLUMN, attribute.location(), what + " '" + attribute.column()
                    + "' of " + owner + " is not a column of a peripheral that " + event + " reaches")
                    .withHint("its rows reach the peripherals " + String.join(", ", frames)
                            + "; columns are named <prefix>__<column>, as in the peripheral"));
        }
        return Optional.ofNullable(r);
    }

    static List<ModelColumn> columns(RenderContext ctx, Metric metric, List<Reached> splits) {
        List<ModelColumn> columns = new ArrayList<>();
        columns.add(RenderContext.column(ctx.naming.metricColumn("date"), ctx.dialect.dateType(), "the day of the events"));
        splits.forEach(s -> columns.add(RenderContext.column(s.column().name(), ctx.dialect.textType(),
                "split attribute: " + s.column().name() + " of " + s.frame().name() + " as text, " + ctx.naming.ghostText()
                        + " when unknown")));
        columns.add(RenderContext.column(ctx.naming.metricColumn("events"), ctx.dialect.bigintType(),
                "how many events happened that day"));
        String value = switch (metric.aggregate()) {
            case COUNT -> metric.measure().flatMap(Metric.Measure::column).isPresent()
                    ? "how many events had a measure" : "how many events happened";
            case SUM -> "the sum of the measure";
            case MIN -> "the smallest measure";
            case MAX -> "the largest measure";
            case AVG -> "the sum of the measure (divide by " + ctx.naming.metricColumn("measured") + " for the mean)";
        };
        columns.add(RenderContext.column(ctx.naming.metricColumn("value"), ctx.dialect.doubleType(), value + " that day"));
        columns.add(RenderContext.column(ctx.naming.metricColumn("measured"), ctx.dialect.bigintType(),
                "how many events had a measure that is not NULL (all events for a count of events)"));
        return columns;
    }
}
