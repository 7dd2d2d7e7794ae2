package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A metric: the events of one kind (a frame's event, as flagged in the unified bridge), counted or
 * measured per day, optionally filtered, and split by attributes of the peripherals the events
 * reach. The generator makes a model of each; the dashboard draws each as a chart.
 *
 * @param name its name; its model is {@code <dar>.<metric_prefix>__<name>}
 * @param description free text, empty when not given
 * @param frame the frame whose event it counts
 * @param event the event, one of {@link Project#events(Frame)} of that frame
 * @param measure what is summed up per day; empty for a count of the events
 * @param filter a condition on the peripherals' columns the events must meet; empty for all events
 * @param splitBy peripheral columns the metric can be split by, in declared order
 * @param declared whether the YAML declared it (false for the default count of each event)
 * @param location where it was declared; for a default metric, where its event was
 */
public record Metric(
        MetricName name,
        String description,
        FrameName frame,
        EventName event,
        Optional<Measure> measure,
        Optional<ValueSource.SqlExpression> filter,
        List<Attribute> splitBy,
        boolean declared,
        Location location) {

    public Metric {
        splitBy = List.copyOf(splitBy);
    }

    /** The aggregate: the measure's, else {@link Aggregate#COUNT}. */
    public Aggregate aggregate() {
        return measure.map(Measure::aggregate).orElse(Aggregate.COUNT);
    }

    /**
     * What a metric sums up per day.
     *
     * @param aggregate how
     * @param column the peripheral column summed up; empty only for {@code count}, which then counts events
     */
    public record Measure(Aggregate aggregate, Optional<Attribute> column) {
    }

    /**
     * A column of a peripheral, as a metric names it ({@code sales_territory__name}).
     *
     * @param column the peripheral's column name
     * @param location where it was written
     */
    public record Attribute(ColumnName column, Location location) {
    }
}
