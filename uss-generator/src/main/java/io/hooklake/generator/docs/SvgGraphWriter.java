package io.hooklake.generator.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a directed graph as an SVG picture, left to right, with no library and no script: the
 * caller puts each node in a numbered layer (a column), this writer orders the nodes within each
 * column to cross fewer edges and writes boxes, labels, links and curved arrows.
 *
 * <p>The ordering starts from the order nodes were added and makes a few sweeps of the barycenter
 * heuristic (each node moves towards the mean position of its neighbours in the column before,
 * then after); ties keep the earlier order, so the picture depends on its input alone. Labels
 * longer than {@value #MAX_LABEL} characters are cut with an ellipsis; the whole text is the
 * node's tooltip. Everything written is escaped with {@link Html}.
 */
final class SvgGraphWriter {

    /** The longest label drawn whole. */
    static final int MAX_LABEL = 72;

    private static final double CHAR_WIDTH = 7.4;
    private static final int LINE_HEIGHT = 24;
    private static final int CAPTION_HEIGHT = 13;
    private static final int ROW_GAP = 8;
    private static final int COLUMN_GAP = 56;
    private static final int PADDING = 10;
    private static final int PADDING_X = 8;
    private static final int SWEEPS = 4;
    /** Room on the right for a self-reference's loop. */
    private static final int LOOP_WIDTH = 30;
    /** How far below its nodes an edge pointing left (or within a column) dips. */
    private static final int BACKWARD_DROP = 36;

    private record Node(String key, String caption, String label, int layer, String cssClass, String href, String title) {
    }

    private record Edge(String from, String to, boolean dashed, String title) {
    }

    private final String idPrefix;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /** A graph whose SVG ids (of the arrow head) start with {@code idPrefix}, unique within a page. */
    SvgGraphWriter(String idPrefix) {
        if (!idPrefix.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a plain id prefix: " + idPrefix);
        }
        this.idPrefix = idPrefix;
    }

    /**
     * Adds a node.
     *
     * @param key what edges name it by
     * @param caption a small line above the label (such as a model's schema), or null
     * @param label the text in its box
     * @param layer its column; smaller to the left
     * @param cssClass its classes besides {@code node}, plain words separated by spaces
     * @param href where clicking it leads, or null
     * @param title its tooltip, or null for the label
     */
    SvgGraphWriter node(String key, String caption, String label, int layer, String cssClass, String href, String title) {
        if (nodes.containsKey(key)) {
            throw new IllegalArgumentException("node added twice: " + key);
        }
        if (!cssClass.matches("[a-z][a-z0-9 -]*")) {
            throw new IllegalArgumentException("not a plain class list: " + cssClass);
        }
        nodes.put(key, new Node(key, caption, label, layer, cssClass, href, title == null ? label : title));
        return this;
    }

    /** An arrow between two nodes already added, dashed or solid, with a tooltip (or null). */
    SvgGraphWriter edge(String from, String to, boolean dashed, String title) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
            throw new IllegalArgumentException("no node for " + (nodes.containsKey(from) ? to : from));
        }
        edges.add(new Edge(from, to, dashed, title));
        return this;
    }

    /** The picture: one {@code <svg>} element with {@code aria-label} {@code description}. */
    String render(String description) {
        Map<Integer, List<Node>> columns = order();
        boolean captions = nodes.values().stream().anyMatch(n -> n.caption() != null);
        int nodeHeight = LINE_HEIGHT + (captions ? CAPTION_HEIGHT : 0);
        Map<String, double[]> box = new HashMap<>();
        double x = PADDING;
        int tallest = columns.values().stream().mapToInt(List::size).max().orElse(0);
        double height = Math.max(1, tallest) * (nodeHeight + ROW_GAP) - ROW_GAP + 2 * PADDING;
        for (List<Node> column : columns.values()) {
            double width = column.stream().mapToDouble(n -> textWidth(shown(n.label()))).max().orElse(0) + 2 * PADDING_X;
            double columnHeight = column.size() * (nodeHeight + ROW_GAP) - ROW_GAP;
            double y = (height - columnHeight) / 2;
            for (Node node : column) {
                box.put(node.key(), new double[] {x, y, width, nodeHeight});
                y += nodeHeight + ROW_GAP;
            }
            x += width + COLUMN_GAP;
        }
        double width = Math.max(x - COLUMN_GAP + PADDING, 2 * PADDING);
        if (edges.stream().anyMatch(e -> e.from().equals(e.to()))) {
            width += LOOP_WIDTH;
        }
        if (edges.stream().anyMatch(e -> !e.from().equals(e.to()) && box.get(e.to())[0] <= box.get(e.from())[0])) {
            height += BACKWARD_DROP;
        }

        StringBuilder svg = new StringBuilder(256 + 260 * nodes.size() + 160 * edges.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" role=\"img\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" aria-label=\"").append(Html.attribute(description)).append("\">\n");
        svg.append("<defs><marker id=\"").append(idPrefix).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0L10,5L0,10z\" class=\"arrow-head\"/></marker></defs>\n");
        for (Edge edge : edges) {
            double[] from = box.get(edge.from());
            double[] to = box.get(edge.to());
            svg.append("<path class=\"edge").append(edge.dashed() ? " dashed" : "").append("\" d=\"")
                    .append(path(from, to, edge.from().equals(edge.to()))).append("\" marker-end=\"url(#")
                    .append(idPrefix).append("-arrow)\">");
            if (edge.title() != null) {
                svg.append("<title>").append(Html.text(edge.title())).append("</title>");
            }
            svg.append("</path>\n");
        }
        for (List<Node> column : columns.values()) {
            for (Node node : column) {
                double[] b = box.get(node.key());
                if (node.href() != null) {
                    svg.append("<a href=\"").append(Html.attribute(node.href())).append("\">");
                }
                svg.append("<g class=\"node ").append(node.cssClass()).append("\" data-key=\"")
                        .append(Html.attribute(node.key())).append("\"><title>").append(Html.text(node.title()))
                        .append("</title><rect x=\"").append(num(b[0])).append("\" y=\"").append(num(b[1]))
                        .append("\" width=\"").append(num(b[2])).append("\" height=\"").append(nodeHeight)
                        .append("\" rx=\"5\"/>");
                if (node.caption() != null) {
                    svg.append("<text class=\"caption\" x=\"").append(num(b[0] + PADDING_X)).append("\" y=\"")
                            .append(num(b[1] + CAPTION_HEIGHT)).append("\">").append(Html.text(shown(node.caption())))
                            .append("</text>");
                }
                svg.append("<text x=\"").append(num(b[0] + PADDING_X)).append("\" y=\"")
                        .append(num(b[1] + nodeHeight - LINE_HEIGHT / 2.0 + 4)).append("\">")
                        .append(Html.text(shown(node.label()))).append("</text></g>");
                if (node.href() != null) {
                    svg.append("</a>");
                }
                svg.append('\n');
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** The columns, left to right, each ordered to cross fewer edges. */
    private Map<Integer, List<Node>> order() {
        Map<Integer, List<Node>> columns = new TreeMap<>();
        nodes.values().forEach(n -> columns.computeIfAbsent(n.layer(), l -> new ArrayList<>()).add(n));
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Edge edge : edges) {
            neighbours.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            neighbours.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
        }
        Map<String, Integer> position = new HashMap<>();
        columns.values().forEach(c -> number(c, position));
        List<Integer> layers = new ArrayList<>(columns.keySet());
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int i = 1; i < layers.size(); i++) {
                int layer = layers.get(forward ? i : layers.size() - 1 - i);
                int fixed = layers.get(forward ? i - 1 : layers.size() - i);
                List<Node> column = columns.get(layer);
                Map<String, Double> centre = new HashMap<>();
                for (Node node : column) {
                    double sum = 0;
                    int count = 0;
                    for (String other : neighbours.getOrDefault(node.key(), List.of())) {
                        if (nodes.get(other).layer() == fixed) {
                            sum += position.get(other);
                            count++;
                        }
                    }
                    centre.put(node.key(), count == 0 ? position.get(node.key()) : sum / count);
                }
                column.sort(Comparator.comparingDouble((Node n) -> centre.get(n.key())));
                number(column, position);
            }
        }
        return columns;
    }

    private static void number(List<Node> column, Map<String, Integer> position) {
        for (int i = 0; i < column.size(); i++) {
            position.put(column.get(i).key(), i);
        }
    }

    /**
     * A curve from the right side of {@code from} to the left side of {@code to}; a loop on the
     * right side for a self-edge; and for an edge to the same or an earlier column, a curve from
     * the bottom of {@code from} dipping below both nodes to the bottom of {@code to}.
     */
    private static String path(double[] from, double[] to, boolean loop) {
        double mid = from[3] / 2.0;
        if (loop) {
            double rx = from[0] + from[2];
            double top = from[1] + 4;
            double bottom = from[1] + from[3] - 4;
            return "M" + num(rx) + "," + num(top) + "C" + num(rx + LOOP_WIDTH - 4) + "," + num(top - 6) + " "
                    + num(rx + LOOP_WIDTH - 4) + "," + num(bottom + 6) + " " + num(rx) + "," + num(bottom);
        }
        if (to[0] <= from[0]) {
            double x1 = from[0] + from[2] / 2;
            double y1 = from[1] + from[3];
            double x2 = to[0] + to[2] / 2;
            double y2 = to[1] + to[3];
            double dip = Math.max(y1, y2) + BACKWARD_DROP - 4;
            return "M" + num(x1) + "," + num(y1) + "C" + num(x1) + "," + num(dip) + " " + num(x2) + "," + num(dip) + " "
                    + num(x2) + "," + num(y2);
        }
        double x1 = from[0] + from[2];
        double y1 = from[1] + mid;
        double x2 = to[0];
        double y2 = to[1] + mid;
        double bend = Math.max(COLUMN_GAP / 2.0, Math.abs(x2 - x1) / 2);
        return "M" + num(x1) + "," + num(y1) + "C" + num(x1 + bend) + "," + num(y1) + " " + num(x2 - bend) + ","
                + num(y2) + " " + num(x2) + "," + num(y2);
    }

    private static String shown(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    private static double textWidth(String label) {
        return label.codePointCount(0, label.length()) * CHAR_WIDTH;
    }

    /** A coordinate with at most one decimal, always with a dot. */
    private static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
