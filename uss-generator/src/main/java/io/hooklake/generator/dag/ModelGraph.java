package io.hooklake.generator.dag;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The DAG of all models: an edge from each upstream model to the model that reads it. Upstream
 * entries that name no model are external sources when the {@link ExternalSourcePolicy} says so,
 * and an error otherwise.
 *
 * <p>Every answer is deterministic: the topological order breaks ties by qualified name (of the
 * models ready at the same time, the smallest name comes first), and every set is sorted.
 */
public final class ModelGraph {

    private final DirectedAcyclicGraph<ModelName, DefaultEdge> graph;
    private final Map<ModelName, Model> models;
    private final Map<ModelName, SortedSet<ModelName>> externalInputs;
    private final SortedSet<ModelName> externalSources;
    private final List<Model> order;

    private ModelGraph(
            DirectedAcyclicGraph<ModelName, DefaultEdge> graph,
            Map<ModelName, Model> models,
            Map<ModelName, SortedSet<ModelName>> externalInputs) {
        this.graph = graph;
        this.models = models;
        this.externalInputs = externalInputs;
        this.externalSources = Collections.unmodifiableSortedSet(externalInputs.values().stream()
                .flatMap(Collection::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
        List<Model> sorted = new ArrayList<>(models.size());
        new TopologicalOrderIterator<>(graph, Comparator.<ModelName>naturalOrder())
                .forEachRemaining(name -> sorted.add(models.get(name)));
        this.order = List.copyOf(sorted);
    }

    /**
     * The DAG of {@code models}.
     *
     * @throws ModelGraphException when two models share a name, an upstream entry is neither a
     *     model nor external, or models read each other in a cycle
     */
    public static ModelGraph of(Collection<Model> models, ExternalSourcePolicy externals) {
        Map<ModelName, Model> byName = index(models);
        Map<ModelName, SortedSet<ModelName>> externalInputs = new TreeMap<>();
        Map<ModelName, List<ModelName>> unknown = new TreeMap<>();
        for (Model model : byName.values()) {
            SortedSet<ModelName> external = new TreeSet<>();
            for (ModelName upstream : model.upstream()) {
                if (byName.containsKey(upstream)) {
                    continue;
                }
                if (externals.isExternal(upstream)) {
                    external.add(upstream);
                } else {
                    unknown.computeIfAbsent(model.name(), m -> new ArrayList<>()).add(upstream);
                }
            }
            externalInputs.put(model.name(), Collections.unmodifiableSortedSet(external));
        }
        if (!unknown.isEmpty()) {
            throw new ModelGraphException(ModelGraphException.UNKNOWN_UPSTREAM,
                    unknown.entrySet().stream()
                            .map(e -> "model " + e.getKey() + " reads " + names(e.getValue())
                                    + ", which no model produces and which is not an external source")
                            .collect(Collectors.joining("\n")),
                    List.copyOf(unknown.keySet()));
        }
        DirectedAcyclicGraph<ModelName, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
        byName.keySet().forEach(graph::addVertex);
        for (Model model : byName.values()) {
            for (ModelName upstream : new TreeSet<>(model.upstream())) {
                if (!byName.containsKey(upstream)) {
                    continue;
                }
                try {
                    graph.addEdge(upstream, model.name());
                } catch (IllegalArgumentException closesCycle) {
                    throw cycle(graph, upstream, model.name());
                }
            }
        }
        return new ModelGraph(graph, byName, externalInputs);
    }

    private static Map<ModelName, Model> index(Collection<Model> models) {
        Map<ModelName, List<Model>> byName = models.stream()
                .collect(Collectors.groupingBy(Model::name, TreeMap::new, Collectors.toList()));
        List<ModelName> duplicates = byName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .toList();
        if (!duplicates.isEmpty()) {
            throw new ModelGraphException(ModelGraphException.DUPLICATE_MODEL,
                    "more than one model is named " + names(duplicates), duplicates);
        }
        Map<ModelName, Model> index = new LinkedHashMap<>();
        byName.forEach((name, list) -> index.put(name, list.get(0)));
        return Collections.unmodifiableMap(index);
    }

    private static ModelGraphException cycle(
            DirectedAcyclicGraph<ModelName, DefaultEdge> graph, ModelName upstream, ModelName model) {
        // upstream -> model closes a cycle, so model already reaches upstream.
        List<ModelName> path = new ArrayList<>();
        path.add(upstream);
        path.addAll(BFSShortestPath.findPathBetween(graph, model, upstream).getVertexList());
        return new ModelGraphException(ModelGraphException.CYCLE,
                "models read each other in a cycle: "
                        + path.stream().map(ModelName::qualified).collect(Collectors.joining(" -> "))
                        + " (each reads the one before it)",
                path);
    }

    private static String names(Collection<ModelName> names) {
        return names.stream().map(ModelName::qualified).sorted().collect(Collectors.joining(", "));
    }

    /** All models, upstream before downstream, ties broken by qualified name. */
    public List<Model> topologicalOrder() {
        return order;
    }

    /** How many models. */
    public int size() {
        return models.size();
    }

    public Optional<Model> model(ModelName name) {
        return Optional.ofNullable(models.get(name));
    }

    /** The model named {@code name}; an {@link IllegalArgumentException} when there is none. */
    public Model get(ModelName name) {
        return model(name).orElseThrow(() -> new IllegalArgumentException("no model named " + name));
    }

    /** The models {@code name} reads directly (not its external sources). */
    public SortedSet<ModelName> upstream(ModelName name) {
        return sorted(Graphs.predecessorListOf(graph, known(name)));
    }

    /** The models that read {@code name} directly. */
    public SortedSet<ModelName> downstream(ModelName name) {
        return sorted(Graphs.successorListOf(graph, known(name)));
    }

    /** Every model {@code name} depends on, directly or through others. */
    public SortedSet<ModelName> ancestors(ModelName name) {
        return sorted(graph.getAncestors(known(name)));
    }

    /** Every model that depends on {@code name}, directly or through others. */
    public SortedSet<ModelName> descendants(ModelName name) {
        return sorted(graph.getDescendants(known(name)));
    }

    /** The external sources {@code name} reads directly. */
    public SortedSet<ModelName> externalInputs(ModelName name) {
        return externalInputs.get(known(name));
    }

    /** Every external source some model reads. */
    public SortedSet<ModelName> externalSources() {
        return externalSources;
    }

    private ModelName known(ModelName name) {
        if (!models.containsKey(name)) {
            throw new IllegalArgumentException("no model named " + name);
        }
        return name;
    }

    private static SortedSet<ModelName> sorted(Collection<ModelName> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}
