package io.hooklake.model.load;

import io.hooklake.model.Naming;
import io.hooklake.model.SqlType;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every file of a project merged, as written, with the defaults that rules and the assembler
 * both need (default names, a frame's source and table, its grain). Lookups by name take the
 * first of duplicates; the duplicates themselves are reported by {@code DuplicateNameRule}.
 */
final class ProjectDocument {

    private final Path dir;
    private final boolean complete;
    private final List<Location> projectKeys;
    private final List<ProjectDto> projects;
    private final List<SourceDto> sources;
    private final List<ConceptDto> concepts;
    private final List<KeysetDto> keysets;
    private final List<FrameDto> frames;
    private final List<Location> metricsKeys;
    private final List<MetricDto> metrics;
    private final Map<String, SourceDto> sourcesByName = new LinkedHashMap<>();
    private final Map<String, ConceptDto> conceptsByName = new LinkedHashMap<>();
    private final Map<String, KeysetDto> keysetsByName = new LinkedHashMap<>();
    private final Map<SourceDto, Map<String, TableDto>> tablesBySource = new IdentityHashMap<>();

    ProjectDocument(Path dir, boolean complete, List<FileDto> files) {
        this.dir = dir;
        this.complete = complete;
        this.projectKeys = files.stream().flatMap(f -> f.projectKeys().stream()).toList();
        this.projects = files.stream().flatMap(f -> f.project().stream()).toList();
        this.sources = files.stream().flatMap(f -> f.sources().stream()).toList();
        this.concepts = files.stream().flatMap(f -> f.concepts().stream()).toList();
        this.keysets = files.stream().flatMap(f -> f.keysets().stream()).toList();
        this.frames = files.stream().flatMap(f -> f.frames().stream()).toList();
        this.metricsKeys = files.stream().flatMap(f -> f.metricsKeys().stream()).toList();
        this.metrics = files.stream().flatMap(f -> f.metrics().stream()).toList();
        sources.forEach(s -> sourcesByName.putIfAbsent(s.name().value(), s));
        concepts.forEach(c -> conceptsByName.putIfAbsent(c.name().value(), c));
        keysets.forEach(k -> keysetsByName.putIfAbsent(k.resolvedName(), k));
    }

    /** The project folder, as the caller gave it. */
    Path dir() {
        return dir;
    }

    /** Whether every file could be parsed; when not, a missing section may sit in a broken file. */
    boolean complete() {
        return complete;
    }

    /** Where each {@code project} key was written. */
    List<Location> projectKeys() {
        return projectKeys;
    }

    /** The project section, when exactly one could be read. */
    Optional<ProjectDto> project() {
        return projects.size() == 1 && projectKeys.size() == 1 ? Optional.of(projects.get(0)) : Optional.empty();
    }

    List<SourceDto> sources() {
        return sources;
    }

    List<ConceptDto> concepts() {
        return concepts;
    }

    List<KeysetDto> keysets() {
        return keysets;
    }

    List<FrameDto> frames() {
        return frames;
    }

    /** The metrics of every {@code metrics} section. */
    List<MetricDto> metrics() {
        return metrics;
    }

    /** Whether any file has a {@code metrics} section; when none has, every event gets a default metric. */
    boolean declaresMetrics() {
        return !metricsKeys.isEmpty();
    }

    /** The naming conventions: the project's, with the defaults for what it leaves out. */
    Naming naming() {
        Naming d = Naming.DEFAULT;
        return project().flatMap(ProjectDto::naming).map(n -> new Naming(
                n.rawPrefix().map(Located::value).orElse(d.rawPrefix()),
                n.framePrefix().map(Located::value).orElse(d.framePrefix()),
                n.bridgePrefix().map(Located::value).orElse(d.bridgePrefix()),
                n.eventPrefix().map(Located::value).orElse(d.eventPrefix()),
                n.unifiedBridge().map(Located::value).orElse(d.unifiedBridge()),
                n.calendar().map(Located::value).orElse(d.calendar()),
                n.metricPrefix().map(Located::value).orElse(d.metricPrefix()))).orElse(d);
    }

    /**
     * The frames a metric's {@code <frame>} may mean: the frame of that name, else every frame
     * built on a table of that name.
     */
    List<FrameDto> framesCalled(String name) {
        List<FrameDto> named = frames.stream().filter(f -> frameName(f).filter(name::equals).isPresent()).toList();
        return named.isEmpty() ? frames.stream().filter(f -> f.table().value().equals(name)).toList() : named;
    }

    /**
     * The names of a frame's events, as {@code Project.events} gives them: its table's date columns
     * (and timestamp columns when timestamp events are on) but the load column, then its explicit
     * events, which replace a column event of the same name.
     */
    List<String> eventNames(FrameDto frame) {
        boolean timestamps = project().flatMap(ProjectDto::timestampEvents).map(Located::value).orElse(false);
        Set<String> names = new LinkedHashSet<>();
        frameSource(frame).flatMap(this::source).ifPresent(source -> table(source, frame.table().value())
                .ifPresent(table -> table.columns().stream()
                        .filter(c -> !c.name().value().equals(source.loadColumnOf(table)))
                        .filter(c -> DuckDbTypes.isValid(c.type().value()))
                        .filter(c -> {
                            SqlType type = SqlType.of(c.type().value());
                            return type.isDate() || (type.isTimestamp() && timestamps);
                        })
                        .forEach(c -> names.add(c.name().value()))));
        frame.events().forEach(e -> names.remove(e.name().value()));
        frame.events().forEach(e -> names.add(e.name().value()));
        return new ArrayList<>(names);
    }

    Optional<SourceDto> source(String name) {
        return Optional.ofNullable(sourcesByName.get(name));
    }

    Set<String> sourceNames() {
        return sourcesByName.keySet();
    }

    Optional<ConceptDto> concept(String name) {
        return Optional.ofNullable(conceptsByName.get(name));
    }

    Set<String> conceptNames() {
        return conceptsByName.keySet();
    }

    Optional<KeysetDto> keyset(String name) {
        return Optional.ofNullable(keysetsByName.get(name));
    }

    Set<String> keysetNames() {
        return keysetsByName.keySet();
    }

    /** A frame's source: as written, else the only source of the project. */
    Optional<String> frameSource(FrameDto frame) {
        return frame.source().map(Located::value)
                .or(() -> sourcesByName.size() == 1 ? sourcesByName.keySet().stream().findFirst() : Optional.empty());
    }

    /** A frame's name: as written, else {@code <source>__<table>}. */
    Optional<String> frameName(FrameDto frame) {
        return frame.name().map(Located::value)
                .or(() -> frameSource(frame).map(source -> source + "__" + frame.table().value()));
    }

    /** Where a frame's name was written, or the frame for a default name. */
    Location frameNameLocation(FrameDto frame) {
        return frame.name().map(Located::location).orElse(frame.location());
    }

    /** How a frame is called in a message: its name, else its table. */
    String frameLabel(FrameDto frame) {
        return frameName(frame).orElse(frame.table().value());
    }

    /** The raw table of a frame, when its source and table exist. */
    Optional<TableDto> table(FrameDto frame) {
        return frameSource(frame).flatMap(this::source).flatMap(source -> table(source, frame.table().value()));
    }

    Optional<TableDto> table(SourceDto source, String name) {
        Map<String, TableDto> byName = tablesBySource.computeIfAbsent(source, s -> {
            Map<String, TableDto> tables = new HashMap<>();
            s.tables().forEach(t -> tables.putIfAbsent(t.name().value(), t));
            return tables;
        });
        return Optional.ofNullable(byName.get(name));
    }

    /** The column names of a table, its load column included. */
    Set<String> columnNames(SourceDto source, TableDto table) {
        Set<String> names = new LinkedHashSet<>();
        table.columns().forEach(c -> names.add(c.name().value()));
        names.add(source.loadColumnOf(table));
        return names;
    }

    /** The column names of a frame's table, empty when the table is unknown. */
    Optional<Set<String>> columnNames(FrameDto frame) {
        return frameSource(frame).flatMap(this::source)
                .flatMap(source -> table(source, frame.table().value()).map(table -> columnNames(source, table)));
    }

    /** A hook's name: as written, else {@code _hook__<concept>[__<qualifier>][__<role>]} from its keyset. */
    Optional<String> hookName(HookDto hook) {
        return hook.name().map(Located::value).or(() -> keyset(hook.keyset().value()).map(keyset ->
                "_hook__" + keyset.concept().value() + keyset.qualifier().map(q -> "__" + q.value()).orElse("")
                        + hook.role().map(r -> "__" + r.value()).orElse("")));
    }

    /**
     * How a hook is called in a message: its name; when its keyset is unknown, the name it would
     * have if the keyset's concept were the first {@code __}-separated part of the keyset's name.
     */
    String hookLabel(HookDto hook) {
        return hookName(hook).orElseGet(() -> {
            String keyset = hook.keyset().value();
            int end = keyset.indexOf("__");
            return "_hook__" + (end < 0 ? keyset : keyset.substring(0, end)) + hook.role().map(r -> "__" + r.value()).orElse("");
        });
    }

    /** Where a hook's name was written, or the hook for a default name. */
    Location hookNameLocation(HookDto hook) {
        return hook.name().map(Located::location).orElse(hook.location());
    }

    /**
     * A frame's grain: as declared, else the business key columns of its first primary hook; a
     * composite primary hook contributes the columns of each part, recursively and in order; a
     * part or hook keyed by an expression contributes nothing. Repeated columns are kept once.
     */
    List<String> grain(FrameDto frame) {
        if (frame.grain().isPresent()) {
            return frame.grain().get().stream().map(Located::value).toList();
        }
        Set<String> columns = new LinkedHashSet<>();
        Optional<HookDto> plain = frame.hooks().stream().filter(HookDto::isPrimary).findFirst();
        if (plain.isPresent()) {
            plain.get().businessKey().ifPresent(key -> columns.add(key.value()));
        } else {
            frame.compositeHooks().stream().filter(CompositeHookDto::isPrimary).findFirst()
                    .ifPresent(primary -> collectKeyColumns(frame, primary.name().value(), columns, new LinkedHashSet<>()));
        }
        return new ArrayList<>(columns);
    }

    private void collectKeyColumns(FrameDto frame, String hookName, Set<String> columns, Set<String> visiting) {
        if (!visiting.add(hookName)) {
            return;
        }
        for (HookDto hook : frame.hooks()) {
            if (hookLabel(hook).equals(hookName)) {
                hook.businessKey().ifPresent(key -> columns.add(key.value()));
                return;
            }
        }
        frame.compositeHooks().stream().filter(c -> c.name().value().equals(hookName)).findFirst()
                .ifPresent(c -> c.parts().forEach(part -> collectKeyColumns(frame, part.value(), columns, visiting)));
    }
}
