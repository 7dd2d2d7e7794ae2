package io.hooklake.generator.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a directed graph as an SVG picture, left to right, with no library and no script: the
 * caller puts each node in a numbered layer (a column); {@link LayeredLayout} orders and places the
 * boxes and routes the arrows; this writer sizes the boxes, wraps their labels and writes boxes,
 * labels, links and arrows.
 *
 * <p>A picture given a width ({@link #maxWidth}) fits it when it can: labels are wrapped onto
 * several lines, preferably after a {@code __}, else after a {@code _}, {@code .}, {@code -} or
 * space, else anywhere, with the longest line that lets the columns fit, but no shorter than
 * {@value #MIN_LINE} characters (a picture that still does not fit is wider). Labels longer than
 * {@value #MAX_LABEL} characters are cut with an ellipsis; the whole text is the node's tooltip.
 * One node may be kept near the top of the picture ({@link #focus}). Everything written is escaped
 * with {@link Html}; the picture depends on its input alone.
 */
final class SvgGraphWriter {

    /** The longest label drawn whole. */
    static final int MAX_LABEL = 96;
    /** The shortest line a label is wrapped to. */
    static final int MIN_LINE = 12;

    /** Width of a character of a label (12 px monospace; DejaVu Sans Mono and Menlo take 7.22). */
    static final double CHAR_WIDTH = 7.4;
    /** Width of a character of a caption (10 px monospace). */
    static final double CAPTION_CHAR_WIDTH = 6.2;
    private static final int LINE_HEIGHT = 15;
    private static final int FIRST_LINE = 24;
    private static final int CAPTION_HEIGHT = 13;
    private static final int PADDING_X = 8;

    private record Node(String key, String caption, String label, int layer, String cssClass, String href, String title) {
    }

    private record Edge(String from, String to, boolean dashed, String title) {
    }

    private final String idPrefix;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private double maxWidth = Double.MAX_VALUE;
    private String focus;

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

    /** The width the picture should fit, wrapping labels as needed; unlimited unless set. */
    SvgGraphWriter maxWidth(double width) {
        this.maxWidth = width;
        return this;
    }

    /** The node kept near the top of the picture, so a reader sees it without scrolling. */
    SvgGraphWriter focus(String key) {
        if (!nodes.containsKey(key)) {
            throw new IllegalArgumentException("no node for " + key);
        }
        this.focus = key;
        return this;
    }

    /** The picture: one {@code <svg>} element with {@code aria-label} {@code description}. */
    String render(String description) {
        List<Node> all = List.copyOf(nodes.values());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).key(), i);
        }
        List<Integer> layers = all.stream().map(Node::layer).distinct().sorted().toList();
        int[] column = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            column[i] = layers.indexOf(all.get(i).layer());
        }
        int[][] ends = new int[edges.size()][];
        for (int e = 0; e < edges.size(); e++) {
            ends[e] = new int[] {index.get(edges.get(e).from()), index.get(edges.get(e).to())};
        }
        boolean captions = all.stream().anyMatch(n -> n.caption() != null);
        List<List<String>> lines = wrapToFit(all, column, ends, layers.size());
        double[] widths = new double[all.size()];
        double[] heights = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            widths[i] = boxWidth(all.get(i), lines.get(i));
            heights[i] = FIRST_LINE + LINE_HEIGHT * (lines.get(i).size() - 1) + (captions ? CAPTION_HEIGHT : 0);
        }
        LayeredLayout layout = new LayeredLayout(column, widths, heights, ends, focus == null ? -1 : index.get(focus));
        String[] paths = layout.paths();

        StringBuilder svg = new StringBuilder(256 + 300 * nodes.size() + 160 * edges.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" role=\"img\" width=\"").append(num(layout.width()))
                .append("\" height=\"").append(num(layout.height())).append("\" viewBox=\"0 0 ").append(num(layout.width()))
                .append(' ').append(num(layout.height())).append("\" aria-label=\"").append(Html.attribute(description))
                .append("\">\n");
        svg.append("<defs><marker id=\"").append(idPrefix).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0L10,5L0,10z\" class=\"arrow-head\"/></marker></defs>\n");
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            svg.append("<path class=\"edge").append(edge.dashed() ? " dashed" : "").append("\" d=\"").append(paths[e])
                    .append("\" marker-end=\"url(#").append(idPrefix).append("-arrow)\">");
            if (edge.title() != null) {
                svg.append("<title>").append(Html.text(edge.title())).append("</title>");
            }
            svg.append("</path>\n");
        }
        for (int i = 0; i < all.size(); i++) {
            node(svg, all.get(i), lines.get(i), layout.box(i), captions);
        }
        return svg.append("</svg>\n").toString();
    }

    private void node(StringBuilder svg, Node node, List<String> lines, LayeredLayout.Box b, boolean captions) {
        if (node.href() != null) {
            svg.append("<a href=\"").append(Html.attribute(node.href())).append("\">");
        }
        svg.append("<g class=\"node ").append(node.cssClass()).append("\" data-key=\"")
                .append(Html.attribute(node.key())).append("\"><title>").append(Html.text(node.title()))
                .append("</title><rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
                .append("\" width=\"").append(num(b.width())).append("\" height=\"").append(num(b.height()))
                .append("\" rx=\"5\"/>");
        double x = b.x() + PADDING_X;
        if (node.caption() != null) {
            svg.append("<text class=\"caption\" x=\"").append(num(x)).append("\" y=\"")
                    .append(num(b.y() + CAPTION_HEIGHT)).append("\">").append(Html.text(node.caption())).append("</text>");
        }
        double baseline = b.y() + (captions ? CAPTION_HEIGHT : 0) + FIRST_LINE / 2.0 + 4;
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\">");
        if (lines.size() == 1) {
            svg.append(Html.text(lines.get(0)));
        } else {
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(baseline + l * LINE_HEIGHT)).append("\">")
                        .append(Html.text(lines.get(l))).append("</tspan>");
            }
        }
        svg.append("</text></g>");
        if (node.href() != null) {
            svg.append("</a>");
        }
        svg.append('\n');
    }

    /**
     * Each node's label as lines: whole when the picture fits {@link #maxWidth} so, else wrapped
     * to the longest line length that makes it fit, but no shorter than {@value #MIN_LINE}.
     */
    private List<List<String>> wrapToFit(List<Node> all, int[] column, int[][] ends, int columns) {
        boolean[] arcs = new boolean[columns];
        boolean loopAtEnd = false;
        for (int[] edge : ends) {
            if (edge[0] != edge[1] && column[edge[0]] == column[edge[1]]) {
                arcs[column[edge[0]]] = true;
            } else if (edge[0] == edge[1] && column[edge[0]] == columns - 1) {
                loopAtEnd = true;
            }
        }
        int longest = all.stream().mapToInt(n -> length(shown(n.label()))).max().orElse(0);
        List<List<String>> lines = null;
        for (int max = Math.max(longest, MIN_LINE); max >= MIN_LINE; max--) {
            lines = new ArrayList<>(all.size());
            double[] columnWidths = new double[columns];
            for (int i = 0; i < all.size(); i++) {
                List<String> wrapped = wrap(shown(all.get(i).label()), max);
                lines.add(wrapped);
                columnWidths[column[i]] = Math.max(columnWidths[column[i]], boxWidth(all.get(i), wrapped));
            }
            if (LayeredLayout.width(columnWidths, arcs, loopAtEnd) <= maxWidth) {
                break;
            }
        }
        return lines;
    }

    private static double boxWidth(Node node, List<String> lines) {
        double text = lines.stream().mapToInt(SvgGraphWriter::length).max().orElse(0) * CHAR_WIDTH;
        double caption = node.caption() == null ? 0 : length(node.caption()) * CAPTION_CHAR_WIDTH;
        return Math.ceil(Math.max(text, caption)) + 2 * PADDING_X;
    }

    /**
     * {@code label} in lines of at most {@code max} characters: broken after {@code __} where
     * possible, else after {@code _}, {@code .}, {@code -}, {@code /} or a space, else anywhere.
     */
    static List<String> wrap(String label, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : split(label, true)) {
            if (length(line) + length(part) <= max) {
                line.append(part);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            if (length(part) <= max) {
                line.append(part);
                continue;
            }
            for (String piece : split(part, false)) {
                while (length(piece) > max) {
                    int room = max - length(line);
                    if (room == 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        room = max;
                    }
                    int cut = piece.offsetByCodePoints(0, room);
                    line.append(piece, 0, cut);
                    piece = piece.substring(cut);
                }
                if (length(line) + length(piece) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
            }
        }
        lines.add(line.toString());
        lines.removeIf(String::isEmpty);
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** {@code text} cut after every {@code __} ({@code major}) or after every {@code _ . - /} and space. */
    private static List<String> split(String text, boolean major) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breakAfter = major
                    ? c == '_' && i > 0 && text.charAt(i - 1) == '_' && (i + 1 == text.length() || text.charAt(i + 1) != '_')
                    : (c == '_' || c == '.' || c == '-' || c == '/' || c == ' ')
                            && (i + 1 == text.length() || text.charAt(i + 1) != c);
            if (breakAfter) {
                parts.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    private static String shown(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    private static String num(double value) {
        return LayeredLayout.num(value);
    }
}
