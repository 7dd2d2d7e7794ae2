package io.hooklake.generator.docs;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Concept;
import io.hooklake.model.ConceptName;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Keyset;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Project;
import io.hooklake.model.Table;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the pages of the docs site are drawn from, indexed once: every generated model by name,
 * each model's upstream and downstream models and external inputs, the schemas in layer order,
 * the frame and raw table each model comes from, and the frame references.
 */
final class SiteContent {

    private final String projectName;
    private final Map<ModelName, GeneratedModel> models = new TreeMap<>();
    private final ModelGraph graph;
    private final Map<ModelName, Frame> frameOf = new HashMap<>();
    private final Map<ModelName, Table> tableOf = new HashMap<>();
    private final Map<FrameName, ModelName> frameModels = new LinkedHashMap<>();
    private final List<Frame> frames;
    private final List<FrameReference> references;
    private final List<String> layers;
    private final Function<Location, String> locations;
    private final Map<KeysetName, Keyset> keysets;
    private final Map<ConceptName, Concept> concepts = new HashMap<>();

    SiteContent(Project project, GenerationResult generated, List<FrameReference> references,
            Function<Location, String> locations) {
        this.keysets = project.keysetsByName();
        project.concepts().forEach(c -> concepts.put(c.name(), c));
        this.projectName = project.name().value();
        this.frames = project.frames();
        this.references = List.copyOf(references);
        this.locations = locations;
        generated.models().forEach(m -> models.put(m.model().name(), m));
        this.graph = ModelGraph.of(generated.models().stream().map(GeneratedModel::model).toList(),
                ExternalSourcePolicy.of(generated.externalSources()));
        NamingStrategy naming = new NamingStrategy(project.settings());
        Map<String, Table> tables = new HashMap<>();
        project.sources().forEach(s -> s.tables().forEach(t -> tables.put(t.source().value() + "." + t.name().value(), t)));
        for (Frame frame : frames) {
            Table table = tables.get(frame.source().value() + "." + frame.table().value());
            frameModels.put(frame.name(), naming.frame(frame));
            for (ModelName name : List.of(naming.frame(frame), naming.bridge(frame), naming.eventBridge(frame),
                    naming.peripheral(frame))) {
                frameOf.put(name, frame);
                tableOf.put(name, table);
            }
            frameOf.put(naming.raw(table), frame);
        }
        project.sources().forEach(s -> s.tables().forEach(t -> tableOf.put(naming.raw(t), t)));
        this.layers = LineageRenderer.layerOrder(graph);
    }

    String projectName() {
        return projectName;
    }

    Optional<Keyset> keyset(KeysetName name) {
        return Optional.ofNullable(keysets.get(name));
    }

    Optional<Concept> concept(ConceptName name) {
        return Optional.ofNullable(concepts.get(name));
    }

    /** Every model, by name. */
    Map<ModelName, GeneratedModel> models() {
        return Collections.unmodifiableMap(models);
    }

    Optional<GeneratedModel> model(ModelName name) {
        return Optional.ofNullable(models.get(name));
    }

    /** The models {@code name} reads; none for an external source. */
    SortedSet<ModelName> upstream(ModelName name) {
        return models.containsKey(name) ? graph.upstream(name) : Collections.emptySortedSet();
    }

    /** The models that read {@code name}; none for an external source. */
    SortedSet<ModelName> downstream(ModelName name) {
        return models.containsKey(name) ? graph.downstream(name) : Collections.emptySortedSet();
    }

    /** The external sources {@code name} reads; none for an external source. */
    SortedSet<ModelName> externalInputs(ModelName name) {
        return models.containsKey(name) ? graph.externalInputs(name) : Collections.emptySortedSet();
    }

    /** Every external source some model reads. */
    SortedSet<ModelName> externalSources() {
        return graph.externalSources();
    }

    /** The frame a model is built for, if any. */
    Optional<Frame> frame(ModelName model) {
        return Optional.ofNullable(frameOf.get(model));
    }

    /** The raw table a raw view or a frame's model is built from, if any. */
    Optional<Table> table(ModelName model) {
        return Optional.ofNullable(tableOf.get(model));
    }

    /** The frame model of a frame. */
    ModelName frameModel(FrameName frame) {
        return frameModels.get(frame);
    }

    List<Frame> frames() {
        return frames;
    }

    List<FrameReference> references() {
        return references;
    }

    /** The schemas in layer order: by the earliest model kind they hold, then by name. */
    List<String> layers() {
        return layers;
    }

    /** The models of {@code schema}, grouped by kind in kind order, each group sorted by name. */
    Map<ModelKind, List<Model>> byKind(String schema) {
        Map<ModelKind, List<Model>> groups = new TreeMap<>();
        models.values().stream().map(GeneratedModel::model).filter(m -> m.name().schema().equals(schema))
                .forEach(m -> groups.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        return groups;
    }

    /** A YAML location as shown: relative to the base directory when below it. */
    String location(Location location) {
        return locations.apply(location);
    }
}
