package io.hooklake.generator.dashboard;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Aggregate;
import io.hooklake.model.Metric;
import io.hooklake.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads each metric's model from a built lakehouse, one SELECT a metric, and rolls it up by day,
 * week and month, in total and by each split column: counts and sums add up, {@code min} and
 * {@code max} take the least and greatest, a mean divides the summed values by the summed count
 * of measured events (a metric model of an {@code avg} keeps both).
 */
public final class MetricChartReader {

    /** The split values drawn for one split column, the largest (by the sum of their daily values) first. */
    public static final int MAX_SPLIT_VALUES = 8;

    private static final String TOTAL = "";

    private final Dialect dialect;

    public MetricChartReader(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The chart data of every metric of {@code project}, in the project's order. */
    public List<MetricChart> read(Project project, LakehouseQuery query) {
        NamingStrategy naming = new NamingStrategy(project.settings());
        return project.metrics().stream().map(m -> read(naming, m, query)).toList();
    }

    MetricChart read(NamingStrategy naming, Metric metric, LakehouseQuery query) {
        ModelName model = naming.metric(metric.name());
        List<String> splits = metric.splitBy().stream().map(a -> a.column().value()).toList();
        // grain -> split column ("" for the total) -> label -> period -> value
        Map<Grain, Map<String, Map<String, Map<LocalDate, Double>>>> cells = new EnumMap<>(Grain.class);
        for (List<String> row : query.rows(sql(naming, model, metric.aggregate(), splits))) {
            Grain grain = Grain.valueOf(row.get(0));
            Double value = "NULL".equals(row.get(4)) ? null : Double.valueOf(row.get(4));
            cells.computeIfAbsent(grain, g -> new HashMap<>()).computeIfAbsent(row.get(2), s -> new HashMap<>())
                    .computeIfAbsent(row.get(3), l -> new HashMap<>()).put(LocalDate.parse(row.get(1)), value);
        }
        boolean additive = metric.aggregate() == Aggregate.COUNT || metric.aggregate() == Aggregate.SUM;
        Map<Grain, MetricChart.Periods> grains = new EnumMap<>(Grain.class);
        for (Grain grain : Grain.values()) {
            Map<String, Map<String, Map<LocalDate, Double>>> bySplit = cells.getOrDefault(grain, Map.of());
            Map<LocalDate, Double> total = bySplit.getOrDefault(TOTAL, Map.of()).getOrDefault(TOTAL, Map.of());
            List<LocalDate> periods = periods(grain, total);
            Map<String, List<MetricChart.Series>> splitSeries = new LinkedHashMap<>();
            Map<String, Integer> hidden = new LinkedHashMap<>();
            for (String split : splits) {
                Map<String, Map<LocalDate, Double>> byLabel = bySplit.getOrDefault(split, Map.of());
                Map<String, Map<LocalDate, Double>> ranking = cells.getOrDefault(Grain.DAY, Map.of())
                        .getOrDefault(split, Map.of());
                List<String> labels = byLabel.keySet().stream()
                        .sorted(Comparator.comparingDouble((String l) -> -size(ranking.getOrDefault(l, Map.of())))
                                .thenComparing(Comparator.naturalOrder()))
                        .toList();
                splitSeries.put(split, labels.stream().limit(MAX_SPLIT_VALUES)
                        .map(l -> series(l, periods, byLabel.get(l), additive)).toList());
                hidden.put(split, Math.max(0, labels.size() - MAX_SPLIT_VALUES));
            }
            grains.put(grain, new MetricChart.Periods(periods, series("total", periods, total, additive), splitSeries,
                    hidden));
        }
        return new MetricChart(metric.name().value(), metric.description(),
                metric.frame().value() + "." + metric.event().value(), metric.aggregate(), model, splits, grains);
    }

    /** The SELECT of one metric: grain, period (yyyy-mm-dd), split column, split value, value. */
    String sql(NamingStrategy naming, ModelName model, Aggregate aggregate, List<String> splits) {
        String value = dialect.identifier(naming.metricColumn("value"));
        String rollUp = switch (aggregate) {
            case COUNT, SUM -> "sum(" + value + ")";
            case MIN -> "min(" + value + ")";
            case MAX -> "max(" + value + ")";
            case AVG -> "sum(" + value + ") / nullif(sum(" + dialect.identifier(naming.metricColumn("measured")) + "), 0)";
        };
        String date = dialect.identifier(naming.metricColumn("date"));
        List<String> parts = new ArrayList<>();
        for (Grain grain : Grain.values()) {
            List<String> columns = new ArrayList<>();
            columns.add(TOTAL);
            columns.addAll(splits);
            for (String split : columns) {
                parts.add("SELECT " + dialect.literal(grain.name()) + " AS grain, strftime(date_trunc("
                        + dialect.literal(grain.word()) + ", " + date + "), '%Y-%m-%d') AS period, "
                        + dialect.literal(split) + " AS split, "
                        + (split.isEmpty() ? dialect.literal(TOTAL) : dialect.identifier(split)) + " AS label, "
                        + rollUp + " AS value FROM " + dialect.relation(model) + " GROUP BY ALL");
            }
        }
        return String.join("\nUNION ALL\n", parts) + "\nORDER BY grain, split, label, period";
    }

    private static double size(Map<LocalDate, Double> values) {
        return values.values().stream().filter(v -> v != null).mapToDouble(Math::abs).sum();
    }

    /** Every period from the first to the last with a value. */
    private static List<LocalDate> periods(Grain grain, Map<LocalDate, Double> total) {
        if (total.isEmpty()) {
            return List.of();
        }
        LocalDate last = Collections.max(total.keySet());
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate p = Collections.min(total.keySet()); !p.isAfter(last); p = grain.next(p)) {
            periods.add(p);
        }
        return periods;
    }

    /** A series over {@code periods}: 0 where a count or sum has no event, else NULL; the XmR of the values that are not NULL. */
    private static MetricChart.Series series(String label, List<LocalDate> periods, Map<LocalDate, Double> values,
            boolean additive) {
        List<Double> all = new ArrayList<>(periods.size());
        for (LocalDate p : periods) {
            Double v = values.get(p);
            all.add(v == null && additive ? Double.valueOf(0) : v);
        }
        Xmr xmr = Xmr.of(all.stream().filter(v -> v != null).collect(Collectors.toList()));
        return new MetricChart.Series(label, Collections.unmodifiableList(all), xmr);
    }
}
