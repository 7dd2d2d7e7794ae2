package io.hooklake.generator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures an SVG picture written by {@link SvgGraphWriter} as drawn: how often its edges cross
 * one another, and how often an edge runs across a node's box that is not one of its ends. Edges
 * are read from their path data ({@code M}, {@code L}, {@code C}), curves sampled finely, so the
 * numbers are those of the picture a reader sees, whatever the layout method.
 */
record DrawingMetrics(int nodes, int edges, int crossings, int edgesThroughBoxes) {

    private static final Pattern RECT = Pattern.compile(
            "<g class=\"node[^\"]*\" data-key=\"[^\"]*\"><title>[^<]*</title><rect x=\"([-\\d.]+)\" y=\"([-\\d.]+)\""
                    + " width=\"([\\d.]+)\" height=\"([\\d.]+)\"");
    private static final Pattern EDGE = Pattern.compile("<path class=\"edge[^\"]*\" d=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("[MLC]|-?[\\d.]+");
    private static final int SAMPLES = 24;
    /** Meeting this close to where either edge starts or ends is where edges join, not a crossing. */
    private static final double NEAR_END = 3;

    static DrawingMetrics of(String svg) {
        List<double[]> boxes = new ArrayList<>();
        Matcher rect = RECT.matcher(svg);
        while (rect.find()) {
            boxes.add(new double[] {Double.parseDouble(rect.group(1)), Double.parseDouble(rect.group(2)),
                    Double.parseDouble(rect.group(3)), Double.parseDouble(rect.group(4))});
        }
        List<double[]> lines = new ArrayList<>();
        Matcher edge = EDGE.matcher(svg);
        while (edge.find()) {
            lines.add(polyline(edge.group(1)));
        }
        int crossings = 0;
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                crossings += crossings(lines.get(a), lines.get(b));
            }
        }
        int through = 0;
        for (double[] line : lines) {
            for (double[] box : boxes) {
                if (!isEnd(box, line) && crosses(line, box)) {
                    through++;
                }
            }
        }
        return new DrawingMetrics(boxes.size(), lines.size(), crossings, through);
    }

    /** The path as points x0, y0, x1, y1, ...; cubic curves sampled. */
    private static double[] polyline(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(d);
        while (token.find()) {
            tokens.add(token.group());
        }
        List<Double> points = new ArrayList<>();
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                continue;
            }
            if (command == 'C') {
                double x0 = points.get(points.size() - 2);
                double y0 = points.get(points.size() - 1);
                double[] c = new double[6];
                for (int k = 0; k < 6; k++) {
                    c[k] = Double.parseDouble(tokens.get(i + k));
                }
                i += 6;
                for (int s = 1; s <= SAMPLES; s++) {
                    double u = s / (double) SAMPLES;
                    double v = 1 - u;
                    points.add(v * v * v * x0 + 3 * v * v * u * c[0] + 3 * v * u * u * c[2] + u * u * u * c[4]);
                    points.add(v * v * v * y0 + 3 * v * v * u * c[1] + 3 * v * u * u * c[3] + u * u * u * c[5]);
                }
            } else {
                points.add(Double.parseDouble(tokens.get(i)));
                points.add(Double.parseDouble(tokens.get(i + 1)));
                i += 2;
            }
        }
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int crossings(double[] p, double[] q) {
        int count = 0;
        for (int i = 0; i + 3 < p.length; i += 2) {
            for (int j = 0; j + 3 < q.length; j += 2) {
                double[] at = intersection(p[i], p[i + 1], p[i + 2], p[i + 3], q[j], q[j + 1], q[j + 2], q[j + 3]);
                if (at != null && !nearEnd(at, p) && !nearEnd(at, q)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean nearEnd(double[] at, double[] line) {
        return Math.hypot(at[0] - line[0], at[1] - line[1]) < NEAR_END
                || Math.hypot(at[0] - line[line.length - 2], at[1] - line[line.length - 1]) < NEAR_END;
    }

    /** Where two segments cross properly (half-open, so a crossing at a shared sample point counts once), or null. */
    private static double[] intersection(double x1, double y1, double x2, double y2, double x3, double y3, double x4,
            double y4) {
        double denominator = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
        if (Math.abs(denominator) < 1e-9) {
            return null;
        }
        double t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / denominator;
        double u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / denominator;
        if (t < 0 || t >= 1 || u < 0 || u >= 1) {
            return null;
        }
        return new double[] {x1 + t * (x2 - x1), y1 + t * (y2 - y1)};
    }

    /** Whether the edge starts or ends on this box. */
    private static boolean isEnd(double[] box, double[] line) {
        return touches(box, line[0], line[1]) || touches(box, line[line.length - 2], line[line.length - 1]);
    }

    private static boolean touches(double[] box, double x, double y) {
        return x >= box[0] - NEAR_END && x <= box[0] + box[2] + NEAR_END && y >= box[1] - NEAR_END
                && y <= box[1] + box[3] + NEAR_END;
    }

    /** Whether some sampled point of the edge lies well inside the box. */
    private static boolean crosses(double[] line, double[] box) {
        for (int i = 0; i + 1 < line.length; i += 2) {
            if (line[i] > box[0] + 1 && line[i] < box[0] + box[2] - 1 && line[i + 1] > box[1] + 1
                    && line[i + 1] < box[1] + box[3] - 1) {
                return true;
            }
        }
        return false;
    }
}
