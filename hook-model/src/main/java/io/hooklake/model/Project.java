package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validated HOOK lakehouse project: settings, sources with their raw tables, core business
 * concepts, keysets, frames and metrics. Every reference between them has been checked, so the lookups
 * below succeed for any name taken from the project itself.
 *
 * <p>Lists keep the order of the YAML (files in path order, then document order).
 */
public record Project(
        ProjectSettings settings,
        List<Source> sources,
        List<Concept> concepts,
        List<Keyset> keysets,
        List<Frame> frames,
        List<Metric> metrics) {

    public Project {
        sources = List.copyOf(sources);
        concepts = List.copyOf(concepts);
        keysets = List.copyOf(keysets);
        frames = List.copyOf(frames);
        metrics = List.copyOf(metrics);
    }

    /** A project without a {@code metrics} section: one count metric per event ({@link #defaultMetrics}). */
    public Project(ProjectSettings settings, List<Source> sources, List<Concept> concepts, List<Keyset> keysets,
            List<Frame> frames) {
        this(settings, sources, concepts, keysets, frames, defaultMetrics(settings, sources, frames));
    }

    /**
     * The metrics of a project that declares none: for each frame (in project order) and each of
     * its events ({@link #events(ProjectSettings, Table, Frame)}), a count of that event named
     * {@code <frame>__<event>}, without filter or split.
     */
    public static List<Metric> defaultMetrics(ProjectSettings settings, List<Source> sources, List<Frame> frames) {
        List<Metric> metrics = new ArrayList<>();
        for (Frame frame : frames) {
            Optional<Table> table = sources.stream().filter(s -> s.name().equals(frame.source())).findFirst()
                    .flatMap(s -> s.table(frame.table()));
            if (table.isEmpty()) {
                continue;
            }
            for (EventName event : events(settings, table.get(), frame)) {
                Location where = frame.events().stream().filter(e -> e.name().equals(event)).map(Event::location)
                        .findFirst().orElse(frame.location());
                metrics.add(new Metric(new MetricName(frame.name().value() + "__" + event.value()), "", frame.name(),
                        event, Optional.empty(), Optional.empty(), List.of(), false, where));
            }
        }
        return metrics;
    }

    /**
     * The events of a frame, as its event bridge flags them: each date column of its table's payload
     * (and each timestamp column when timestamp events are on), named after the column, then its
     * explicit events; an explicit event replaces a column event of the same name.
     */
    public static List<EventName> events(ProjectSettings settings, Table table, Frame frame) {
        Map<String, EventName> events = new LinkedHashMap<>();
        for (Column column : table.payload()) {
            if (column.type().isDate() || (column.type().isTimestamp() && settings.timestampEvents())) {
                events.put(column.name().value(), new EventName(column.name().value()));
            }
        }
        frame.events().forEach(e -> events.remove(e.name().value()));
        List<EventName> all = new ArrayList<>(events.values());
        frame.events().forEach(e -> all.add(e.name()));
        return all;
    }

    /** The events of one of the project's frames; see {@link #events(ProjectSettings, Table, Frame)}. */
    public List<EventName> events(Frame frame) {
        return events(settings, table(frame), frame);
    }

    public Optional<Metric> metric(MetricName name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
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
