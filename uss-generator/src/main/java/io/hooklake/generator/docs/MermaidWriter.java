package io.hooklake.generator.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one Mermaid flowchart. The one place where Mermaid syntax is produced: callers name
 * nodes by any key (a model's qualified name, a frame's name) and this writer turns keys into
 * safe ids, escapes labels, and keeps the chart valid when a section is empty.
 *
 * <p>Ids: every character other than {@code [A-Za-z0-9_]} becomes {@code _}, node ids start with
 * {@code n_} and subgraph ids with {@code s_} (so no id is a Mermaid keyword such as {@code end}, or
 * starts with the {@code o}/{@code x} that Mermaid reads as an edge end), and a key whose id is
 * taken gets {@code _2}, {@code _3}, ... in the order keys are first seen. Labels are always
 * quoted; {@code # " < > | `} become entity codes and line breaks spaces. A chart without nodes
 * gets one placeholder node, and so does an empty subgraph.
 */
public final class MermaidWriter {

    /** How a node is drawn. */
    public enum Shape {
        /** {@code id["label"]}. */
        BOX("[", "]"),
        /** {@code id(["label"])}. */
        STADIUM("([", "])"),
        /** {@code id(("label"))}. */
        CIRCLE("((", "))"),
        /** {@code id[("label")]}. */
        DATABASE("[(", ")]");

        private final String open;
        private final String close;

        Shape(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /** How an edge is drawn. */
    public enum Line {
        /** {@code -->}. */
        ARROW("-->"),
        /** {@code -.->}. */
        DASHED_ARROW("-.->"),
        /** {@code ---}. */
        PLAIN("---");

        private final String text;

        Line(String text) {
            this.text = text;
        }
    }

    private static final String INDENT = "    ";

    private final String direction;
    private final List<String> classDefs = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private final List<String> edges = new ArrayList<>();
    private final Map<String, String> nodeIds = new HashMap<>();
    private final Map<String, String> subgraphIds = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<String> openSubgraphs = new ArrayList<>();
    private final List<Integer> nodesInOpenSubgraphs = new ArrayList<>();
    private int nodes;

    /** A flowchart in {@code direction}: {@code LR}, {@code RL}, {@code TB} or {@code BT}. */
    public MermaidWriter(String direction) {
        if (!List.of("LR", "RL", "TB", "BT").contains(direction)) {
            throw new IllegalArgumentException("not a flowchart direction: " + direction);
        }
        this.direction = direction;
    }

    /** Declares a class of nodes, such as {@code classDef("gold", "fill:#FFD700,color:black")}. */
    public MermaidWriter classDef(String name, String style) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*") || style.contains("\n") || style.contains(";")) {
            throw new IllegalArgumentException("not a plain class definition: " + name + " " + style);
        }
        classDefs.add(INDENT + "classDef " + name + " " + style);
        return this;
    }

    /** Adds a node for {@code key}; a key already added is an error. */
    public MermaidWriter node(String key, String label, Shape shape, String cssClass) {
        if (nodeIds.containsKey(key)) {
            throw new IllegalArgumentException("node added twice: " + key);
        }
        String id = newId("n_", key);
        nodeIds.put(key, id);
        nodes++;
        if (!nodesInOpenSubgraphs.isEmpty()) {
            nodesInOpenSubgraphs.set(nodesInOpenSubgraphs.size() - 1, nodesInOpenSubgraphs.get(nodesInOpenSubgraphs.size() - 1) + 1);
        }
        String css = cssClass == null ? "" : ":::" + cssClass;
        body.add(indent() + id + shape.open + quote(label) + shape.close + css);
        return this;
    }

    /** Adds a box node for {@code key}. */
    public MermaidWriter node(String key, String label) {
        return node(key, label, Shape.BOX, null);
    }

    /** Opens a subgraph; nodes added until {@link #endSubgraph()} go into it. */
    public MermaidWriter beginSubgraph(String key, String label) {
        if (subgraphIds.containsKey(key)) {
            throw new IllegalArgumentException("subgraph added twice: " + key);
        }
        String id = newId("s_", key);
        subgraphIds.put(key, id);
        body.add(indent() + "subgraph " + id + "[" + quote(label) + "]");
        openSubgraphs.add(id);
        nodesInOpenSubgraphs.add(0);
        return this;
    }

    /** Closes the innermost subgraph; an empty one gets a placeholder node. */
    public MermaidWriter endSubgraph() {
        if (openSubgraphs.isEmpty()) {
            throw new IllegalStateException("no subgraph is open");
        }
        String id = openSubgraphs.get(openSubgraphs.size() - 1);
        int count = nodesInOpenSubgraphs.remove(nodesInOpenSubgraphs.size() - 1);
        if (count == 0) {
            String placeholder = newId("n_", id + "_empty");
            body.add(indent() + placeholder + "[" + quote("(none)") + "]");
        }
        openSubgraphs.remove(openSubgraphs.size() - 1);
        body.add(indent() + "end");
        if (count > 0 && !nodesInOpenSubgraphs.isEmpty()) {
            int last = nodesInOpenSubgraphs.size() - 1;
            nodesInOpenSubgraphs.set(last, nodesInOpenSubgraphs.get(last) + count);
        }
        return this;
    }

    /** An edge between two nodes already added, with an optional label (null for none). */
    public MermaidWriter edge(String from, String to, Line line, String label) {
        String source = existing(from);
        String target = existing(to);
        String text = label == null || label.isEmpty() ? "" : "|" + quote(label) + "|";
        edges.add(INDENT + source + " " + line.text + text + " " + target);
        return this;
    }

    /** The chart's text, ending with a newline. */
    public String render() {
        if (!openSubgraphs.isEmpty()) {
            throw new IllegalStateException("subgraph not closed: " + openSubgraphs);
        }
        StringBuilder text = new StringBuilder("flowchart ").append(direction).append('\n');
        classDefs.forEach(l -> text.append(l).append('\n'));
        if (nodes == 0 && body.isEmpty()) {
            text.append(INDENT).append(newId("n_", "empty")).append("[").append(quote("(nothing to show)")).append("]\n");
        }
        body.forEach(l -> text.append(l).append('\n'));
        edges.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    /** How many nodes were added (placeholders not counted). */
    public int nodes() {
        return nodes;
    }

    /** How many edges were added. */
    public int edges() {
        return edges.size();
    }

    /** The id {@code key} has, once added as a node. */
    public String id(String key) {
        return existing(key);
    }

    /** A safe id for {@code key}: {@code prefix} and the key with every unsafe character as {@code _}. */
    static String sanitise(String prefix, String key) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            id.append(safe ? c : '_');
        }
        return id.toString();
    }

    /** A label inside double quotes, with Mermaid's entity codes for characters that would break it. */
    static String quote(String label) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            switch (c) {
                case '#' -> text.append("#35;");
                case '"' -> text.append("#quot;");
                case '<' -> text.append("#lt;");
                case '>' -> text.append("#gt;");
                case '|' -> text.append("#124;");
                case '`' -> text.append("#96;");
                case '\n', '\r', '\t' -> text.append(' ');
                default -> text.append(c);
            }
        }
        return text.append('"').toString();
    }

    private String newId(String prefix, String key) {
        String base = sanitise(prefix, Objects.requireNonNull(key, "key"));
        String id = base;
        for (int n = 2; usedIds.contains(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        usedIds.add(id.toLowerCase(Locale.ROOT));
        return id;
    }

    private String existing(String key) {
        String id = nodeIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no node for " + key);
        }
        return id;
    }

    private String indent() {
        return INDENT.repeat(1 + openSubgraphs.size());
    }
}
