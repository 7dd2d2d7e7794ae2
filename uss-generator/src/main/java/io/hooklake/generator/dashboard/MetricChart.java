package io.hooklake.generator.dashboard;

import io.hooklake.generator.ModelName;
import io.hooklake.model.Aggregate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard draws of one metric: per grain, its periods and the XmR chart of its value,
 * in total and for each value of each split column.
 *
 * @param name the metric's name
 * @param description its description
 * @param event {@code <frame>.<event>}
 * @param aggregate how its value sums up a period
 * @param model its model
 * @param splitColumns the columns it can be split by, in declared order
 * @param grains its series, for every grain
 */
public record MetricChart(String name, String description, String event, Aggregate aggregate, ModelName model,
        List<String> splitColumns, Map<Grain, Periods> grains) {

    public MetricChart {
        splitColumns = List.copyOf(splitColumns);
        grains = Map.copyOf(grains);
    }

    /**
     * A metric's series at one grain.
     *
     * @param periods the first day of each period, from the first with events to the last, none left out
     * @param total the metric over all events
     * @param splits for each split column, a series per value (the largest first, at most
     *     {@link MetricChartReader#MAX_SPLIT_VALUES}); a value is NULL in a period without its events
     *     when the aggregate is not a count or sum (which are 0 then)
     * @param hiddenSplitValues for each split column, how many values were left out
     */
    public record Periods(List<LocalDate> periods, Series total, Map<String, List<Series>> splits,
            Map<String, Integer> hiddenSplitValues) {

        public Periods {
            periods = List.copyOf(periods);
            splits = Map.copyOf(splits);
            hiddenSplitValues = Map.copyOf(hiddenSplitValues);
        }
    }

    /**
     * One line of a chart.
     *
     * @param label the split value, or {@code total}
     * @param values the value of each period; NULL where a min, max or mean has no event
     * @param xmr the XmR chart of the values that are not NULL
     */
    public record Series(String label, List<Double> values, Xmr xmr) {
    }
}
