package io.hooklake.model.load;

import io.hooklake.model.Aggregate;
import io.hooklake.model.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A metric's event and measure: LH128 when its {@code event} is not {@code <frame>.<event>} of a
 * frame (named by its name, or by its table's when one frame is built on that table) and one of
 * that frame's events; LH129 when its measure's {@code aggregate} is not one of
 * {@link Aggregate}'s, or is not {@code count} and has no {@code column}; LH116 when its model
 * would have the name of a peripheral, the unified bridge or the calendar, which share its schema.
 * Its columns and filter are checked by the generator, which knows what the event's rows reach.
 */
final class MetricRule implements ProjectRule {

    private static final List<String> AGGREGATES = Arrays.stream(Aggregate.values()).map(Aggregate::yamlName).toList();

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (MetricDto metric : document.metrics()) {
            event(document, metric, diagnostics);
            metric.measure().ifPresent(measure -> measure(metric, measure, diagnostics));
            collision(document, metric, diagnostics);
        }
    }

    private static void event(ProjectDocument document, MetricDto metric, Diagnostics diagnostics) {
        Located<String> event = metric.event();
        String of = " of metric '" + metric.name().value() + "'";
        int dot = event.value().indexOf('.');
        if (dot <= 0 || dot == event.value().length() - 1) {
            diagnostics.error(ErrorCode.UNKNOWN_EVENT, event.location(), "event '" + event.value() + "'" + of
                    + " is not written <frame>.<event>", "such as sales_order_headers.ordered");
            return;
        }
        String frameName = event.value().substring(0, dot);
        String eventName = event.value().substring(dot + 1);
        List<FrameDto> frames = document.framesCalled(frameName);
        if (frames.isEmpty()) {
            List<String> names = new ArrayList<>();
            document.frames().forEach(f -> {
                document.frameName(f).ifPresent(names::add);
                names.add(f.table().value());
            });
            diagnostics.error(ErrorCode.UNKNOWN_EVENT, event.location(), "event '" + event.value() + "'" + of
                    + " names no frame: '" + frameName + "' is neither a frame's name nor its table's",
                    diagnostics.didYouMean(frameName, names));
            return;
        }
        if (frames.size() > 1) {
            diagnostics.error(ErrorCode.UNKNOWN_EVENT, event.location(), "event '" + event.value() + "'" + of
                    + " names table '" + frameName + "', which " + frames.size() + " frames are built on",
                    "write the frame's name, such as '" + document.frameLabel(frames.get(0)) + "." + eventName + "'");
            return;
        }
        List<String> events = document.eventNames(frames.get(0));
        if (!events.contains(eventName)) {
            String label = document.frameLabel(frames.get(0));
            diagnostics.error(ErrorCode.UNKNOWN_EVENT, event.location(), "frame '" + label + "' has no event '"
                    + eventName + "' (metric '" + metric.name().value() + "')",
                    diagnostics.didYouMean(eventName, events).orElse(events.isEmpty()
                            ? "the frame has no event: declare one under its 'events', or give its table a date column"
                            : "its events: " + String.join(", ", events)));
        }
    }

    private static void measure(MetricDto metric, MetricDto.MeasureDto measure, Diagnostics diagnostics) {
        Located<String> aggregate = measure.aggregate();
        String of = " of metric '" + metric.name().value() + "'";
        if (!AGGREGATES.contains(aggregate.value())) {
            diagnostics.error(ErrorCode.METRIC_MEASURE, aggregate.location(), "'" + aggregate.value()
                    + "' is not an aggregate" + of, diagnostics.didYouMean(aggregate.value().toLowerCase(Locale.ROOT), AGGREGATES)
                            .orElse("expected one of: " + String.join(", ", AGGREGATES)));
        } else if (Aggregate.valueOf(aggregate.value().toUpperCase(Locale.ROOT)).needsColumn() && measure.column().isEmpty()) {
            diagnostics.error(ErrorCode.METRIC_MEASURE, aggregate.location(), "aggregate '" + aggregate.value() + "'"
                    + of + " has no column to aggregate", "add 'column', a column of a peripheral, such as "
                            + "sales_order_header__sub_total; or use 'count' to count the events");
        }
    }

    private static void collision(ProjectDocument document, MetricDto metric, Diagnostics diagnostics) {
        var naming = document.naming();
        String model = naming.metricPrefix() + "__" + metric.name().value();
        Optional<String> taken = document.frames().stream().map(document::frameName).flatMap(Optional::stream)
                .filter(model::equalsIgnoreCase).map(n -> "the peripheral of frame '" + n + "'").findFirst()
                .or(() -> Optional.of(model).filter(naming.unifiedBridge()::equalsIgnoreCase).map(n -> "the unified bridge"))
                .or(() -> Optional.of(model).filter(naming.calendar()::equalsIgnoreCase).map(n -> "the calendar"));
        taken.ifPresent(what -> diagnostics.error(ErrorCode.NAME_COLLISION, metric.name().location(), "the model of metric '"
                + metric.name().value() + "', '" + model + "', has the name of " + what, "give the metric another name"));
    }
}
