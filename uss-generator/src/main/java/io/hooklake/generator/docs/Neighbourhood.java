package io.hooklake.generator.docs;

import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A model's lineage neighbourhood as drawn on its page: the model in the middle, the models and
 * external sources it reads to the left, the models that read it to the right.
 *
 * <p>Up to {@value #DEPTH} steps each way when that makes at most {@value #MAX_NODES} nodes, else
 * one step; a side with more than {@value #MAX_SIDE} direct neighbours (the unified bridge reads
 * every event bridge) shows the first {@value #MAX_SIDE} by name and one node counting the others.
 * Edges are those on the way to and from the model: between two upstream nodes, between two
 * downstream nodes, and to and from the model itself.
 *
 * <p>Each node stands in the column of its distance (fewest steps) from the model, so the picture
 * has few columns and fits the page with readable labels. At the far edge of a side, a node that
 * reads (downstream) or is read by (upstream) another node of that outermost column steps one
 * column further out, so those edges point right too: the unified bridge and the calendar, which
 * read every event bridge, stand right of the event bridges. Other edges between two nodes of
 * one column are arcs beside it, and the rare edge from a node to one nearer the model points
 * left.
 */
final class Neighbourhood {

    static final int DEPTH = 2;
    static final int MAX_NODES = 60;
    static final int MAX_SIDE = 40;

    private static final String MORE_UPSTREAM = "more upstream";
    private static final String MORE_DOWNSTREAM = "more downstream";

    private final SiteContent site;
    private final ModelName focus;
    private final Map<ModelName, Integer> upstream;
    private final Map<ModelName, Integer> downstream;
    private final int upstreamHidden;
    private final int downstreamHidden;

    Neighbourhood(SiteContent site, ModelName focus) {
        this.site = site;
        this.focus = focus;
        Function<ModelName, SortedSet<ModelName>> reads = this::reads;
        Function<ModelName, SortedSet<ModelName>> readBy = site::downstream;
        Map<ModelName, Integer> up = walk(reads, DEPTH);
        Map<ModelName, Integer> down = walk(readBy, DEPTH);
        if (up.size() + down.size() + 1 > MAX_NODES) {
            up = walk(reads, 1);
            down = walk(readBy, 1);
        }
        this.upstreamHidden = Math.max(0, up.size() - MAX_SIDE);
        this.downstreamHidden = Math.max(0, down.size() - MAX_SIDE);
        this.upstream = cap(up);
        this.downstream = cap(down);
    }

    /** The SVG picture. */
    String render() {
        List<ModelName[]> edges = new ArrayList<>();
        for (ModelName to : sideWithFocus(upstream)) {
            for (ModelName from : reads(to)) {
                if (from.equals(focus) || upstream.containsKey(from)) {
                    edges.add(new ModelName[] {from, to});
                }
            }
        }
        for (ModelName from : sideWithFocus(downstream)) {
            for (ModelName to : site.downstream(from)) {
                if (to.equals(focus) || downstream.containsKey(to)) {
                    edges.add(new ModelName[] {from, to});
                }
            }
        }
        SvgGraphWriter graph = new SvgGraphWriter("lineage").maxWidth(SitePage.GRAPH_WIDTH);
        Map<ModelName, Integer> layers = layers(edges);
        upstream.keySet().forEach(m -> node(graph, m, layers.get(m), false));
        node(graph, focus, 0, true);
        downstream.keySet().forEach(m -> node(graph, m, layers.get(m), false));
        graph.focus(focus.qualified());
        if (upstreamHidden > 0) {
            graph.node(MORE_UPSTREAM, null, "+ " + upstreamHidden + " more", -1, "more", null,
                    upstreamHidden + " more upstream: see the list below");
            graph.edge(MORE_UPSTREAM, focus.qualified(), false, null);
        }
        if (downstreamHidden > 0) {
            graph.node(MORE_DOWNSTREAM, null, "+ " + downstreamHidden + " more", 1, "more", null,
                    downstreamHidden + " more downstream: see the list below");
            graph.edge(focus.qualified(), MORE_DOWNSTREAM, false, null);
        }
        edges.forEach(e -> graph.edge(e[0].qualified(), e[1].qualified(), false,
                e[0].qualified() + " \u2192 " + e[1].qualified()));
        return graph.render("lineage of " + focus.qualified());
    }

    /**
     * Each node's column: the model at 0, an upstream node at minus its distance, a downstream
     * node at its distance; then, on each side, a node of the outermost column that has an edge
     * to (upstream) or from (downstream) another node of that column steps one column out.
     */
    private Map<ModelName, Integer> layers(List<ModelName[]> edges) {
        Map<ModelName, Integer> distance = new HashMap<>();
        distance.put(focus, 0);
        upstream.forEach((m, d) -> distance.put(m, -d));
        downstream.forEach((m, d) -> distance.put(m, d));
        int farUp = -upstream.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int farDown = downstream.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<ModelName, Integer> layer = new HashMap<>(distance);
        for (ModelName[] edge : edges) {
            int from = distance.get(edge[0]);
            int to = distance.get(edge[1]);
            if (from == to && from == farUp && farUp < 0) {
                layer.put(edge[0], farUp - 1);
            } else if (from == to && to == farDown && farDown > 0) {
                layer.put(edge[1], farDown + 1);
            }
        }
        return layer;
    }

    private List<ModelName> sideWithFocus(Map<ModelName, Integer> side) {
        List<ModelName> all = new ArrayList<>(side.keySet());
        all.add(focus);
        return all;
    }

    private void node(SvgGraphWriter graph, ModelName name, int layer, boolean isFocus) {
        Optional<Model> model = site.model(name).map(GeneratedModel::model);
        if (model.isEmpty()) {
            graph.node(name.qualified(), name.schema(), name.name(), layer, "external", null,
                    name.qualified() + " (external source)");
            return;
        }
        Model m = model.get();
        String css = SitePage.css(m.kind()) + (isFocus ? " focus" : "");
        String href = isFocus ? null : "../../" + SitePage.modelPage(name);
        graph.node(name.qualified(), name.schema(), name.name(), layer, css, href,
                name.qualified() + " (" + SitePage.kindWord(m.kind()) + ")");
    }

    /** What a model reads: models and external sources; an external source reads nothing. */
    private SortedSet<ModelName> reads(ModelName name) {
        SortedSet<ModelName> all = new TreeSet<>(site.upstream(name));
        all.addAll(site.externalInputs(name));
        return all;
    }

    /** Breadth first from the model: each node reached within {@code depth} steps and its distance, by distance then name. */
    private Map<ModelName, Integer> walk(Function<ModelName, SortedSet<ModelName>> next, int depth) {
        Map<ModelName, Integer> distance = new LinkedHashMap<>();
        List<ModelName> frontier = List.of(focus);
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            SortedSet<ModelName> reached = new TreeSet<>();
            for (ModelName name : frontier) {
                for (ModelName other : next.apply(name)) {
                    if (!other.equals(focus) && !distance.containsKey(other)) {
                        reached.add(other);
                    }
                }
            }
            for (ModelName name : reached) {
                distance.put(name, step);
            }
            frontier = List.copyOf(reached);
        }
        return distance;
    }

    private static Map<ModelName, Integer> cap(Map<ModelName, Integer> side) {
        Map<ModelName, Integer> kept = new LinkedHashMap<>();
        side.entrySet().stream().limit(MAX_SIDE).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
