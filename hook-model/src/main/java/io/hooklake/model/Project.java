package io.hooklake.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validated HOOK lakehouse project: settings, sources with their raw tables, core business
 * concepts, keysets and frames. Every reference between them has been checked, so the lookups
 * below succeed for any name taken from the project itself.
 *
 * <p>Lists keep the order of the YAML (files in path order, then document order).
 */
public record Project(
        ProjectSettings settings,
        List<Source> sources,
        List<Concept> concepts,
        List<Keyset> keysets,
        List<Frame> frames) {

    public Project {
        sources = List.copyOf(sources);
        concepts = List.copyOf(concepts);
        keysets = List.copyOf(keysets);
        frames = List.copyOf(frames);
    }

    public ProjectName name() {
        return settings.name();
    }

    public Optional<Source> source(SourceName name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The raw table {@code table} of source {@code source}. */
    public Optional<Table> table(SourceName source, TableName table) {
        return source(source).flatMap(s -> s.table(table));
    }

    /** The raw table a frame is built from. */
    public Table table(Frame frame) {
        return table(frame.source(), frame.table()).orElseThrow(
                () -> new IllegalStateException("validated project lacks table of frame " + frame.name()));
    }

    public Optional<Concept> concept(ConceptName name) {
        return concepts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Keyset> keyset(KeysetName name) {
        return keysets.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public Optional<Frame> frame(FrameName name) {
        return frames.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Frames by name, in project order; convenient for callers that look up many. */
    public Map<FrameName, Frame> framesByName() {
        return index(frames, Frame::name);
    }

    /** Keysets by name, in project order. */
    public Map<KeysetName, Keyset> keysetsByName() {
        return index(keysets, Keyset::name);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }
}
