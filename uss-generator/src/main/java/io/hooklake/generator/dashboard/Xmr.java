package io.hooklake.generator.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * An XmR process-behaviour chart of a series (Wheeler's individuals and moving range chart), with
 * the rules of the dashboard the project grew from:
 * <ul>
 *   <li>the centre line is the mean of the first {@value #BASELINE} points of a baseline (all of
 *       them when there are fewer);
 *   <li>the limits are the centre &plusmn; {@value #SCALE} &times; the mean moving range of those
 *       points (the mean of |x<sub>i</sub> &minus; x<sub>i&minus;1</sub>| between consecutive
 *       baseline points; 0 for a single point); the lower limit is never below 0;
 *   <li>a new baseline starts when {@value #RUN} consecutive points after the current baseline's
 *       points sit on one side of its centre line (strictly above, or strictly below; a point on
 *       the line ends a run): it starts at the first of them, and its centre and limits hold from
 *       there on;
 *   <li>a point above its upper limit or below its lower limit is a signal.
 * </ul>
 *
 * @param values the series
 * @param centre the centre line at each point
 * @param upper the upper natural process limit at each point
 * @param lower the lower natural process limit at each point, at least 0
 * @param baselines the index at which each baseline starts, the first being 0
 */
public record Xmr(List<Double> values, List<Double> centre, List<Double> upper, List<Double> lower,
        List<Integer> baselines) {

    /** Points a baseline's centre and limits are computed from. */
    public static final int BASELINE = 20;
    /** The scaling of the mean moving range: 3 / d2, d2 = 1.128 for ranges of two points. */
    public static final double SCALE = 2.66;
    /** Consecutive points on one side of the centre that start a new baseline. */
    public static final int RUN = 8;

    public Xmr {
        values = List.copyOf(values);
        centre = List.copyOf(centre);
        upper = List.copyOf(upper);
        lower = List.copyOf(lower);
        baselines = List.copyOf(baselines);
    }

    /** The chart of {@code values}; empty lists for an empty series. */
    public static Xmr of(List<Double> values) {
        int n = values.size();
        double[] centre = new double[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        List<Integer> baselines = new ArrayList<>();
        int start = 0;
        while (start < n) {
            baselines.add(start);
            int end = Math.min(n, start + BASELINE);
            double mean = 0;
            for (int i = start; i < end; i++) {
                mean += values.get(i);
            }
            mean /= end - start;
            double movingRange = 0;
            for (int i = start + 1; i < end; i++) {
                movingRange += Math.abs(values.get(i) - values.get(i - 1));
            }
            movingRange = end - start > 1 ? movingRange / (end - start - 1) : 0;
            int next = shift(values, end, mean);
            for (int i = start; i < next; i++) {
                centre[i] = mean;
                upper[i] = mean + SCALE * movingRange;
                lower[i] = Math.max(0, mean - SCALE * movingRange);
            }
            start = next;
        }
        return new Xmr(values, box(centre), box(upper), box(lower), baselines);
    }

    /** Where the first run of {@link #RUN} points on one side of {@code centre} at or after {@code from} starts; the size when none. */
    private static int shift(List<Double> values, int from, double centre) {
        int runStart = from;
        int side = 0;
        for (int i = from; i < values.size(); i++) {
            int s = Double.compare(values.get(i), centre) > 0 ? 1 : values.get(i) < centre ? -1 : 0;
            if (s == 0 || s != side) {
                runStart = i;
                side = s;
            }
            if (side != 0 && i - runStart + 1 == RUN) {
                return runStart;
            }
        }
        return values.size();
    }

    private static List<Double> box(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /** Whether the point at {@code i} is above its upper limit or below its lower limit. */
    public boolean signal(int i) {
        return values.get(i) > upper.get(i) || values.get(i) < lower.get(i);
    }

    /** What the point at {@code i} says: {@code above}, {@code below} or {@code within}. */
    public String signalWord(int i) {
        return values.get(i) > upper.get(i) ? "above" : values.get(i) < lower.get(i) ? "below" : "within";
    }
}
