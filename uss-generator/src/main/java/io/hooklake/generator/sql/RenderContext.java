package io.hooklake.generator.sql;

import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.graph.BridgeLayouts;
import io.hooklake.generator.graph.FrameGraph;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.Project;
import io.hooklake.model.SourceName;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every model renderer needs for one project: naming, dialect, templates, the frame graph. */
final class RenderContext {

    final Project project;
    final Dialect dialect;
    final NamingStrategy naming;
    final TemplateRenderer templates;
    final FrameGraph graph;
    final BridgeLayouts layouts;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Lookups by name, built once: {@link Project#table(Frame)} and {@link Project#frame} scan lists. */
    private final Map<FrameName, Frame> frames;
    private final Map<SourceName, Map<TableName, Table>> tables = new HashMap<>();

    RenderContext(Project project, TemplateRenderer templates) {
        this.project = project;
        this.dialect = templates.dialect();
        this.templates = templates;
        this.naming = new NamingStrategy(project.settings());
        this.graph = FrameGraph.of(project);
        this.layouts = BridgeLayouts.of(project, graph, naming);
        diagnostics.addAll(graph.diagnostics());
        diagnostics.addAll(layouts.diagnostics());
        this.frames = project.framesByName();
        project.sources().forEach(source -> {
            Map<TableName, Table> byName = tables.computeIfAbsent(source.name(), s -> new HashMap<>());
            source.tables().forEach(table -> byName.putIfAbsent(table.name(), table));
        });
    }

    /** The raw table a frame is built from, as {@link Project#table(Frame)} gives it. */
    Table table(Frame frame) {
        Table table = tables.getOrDefault(frame.source(), Map.of()).get(frame.table());
        if (table == null) {
            throw new IllegalStateException("validated project lacks table of frame " + frame.name());
        }
        return table;
    }

    /** The frame of that name. */
    Frame frame(FrameName name) {
        Frame frame = frames.get(name);
        if (frame == null) {
            throw new IllegalStateException("no frame " + name);
        }
        return frame;
    }

    /** The hook storage as templates test it: {@code text}, {@code md5}, {@code sha256}, {@code hash64}. */
    String storage() {
        return project.settings().hookStorage().name().toLowerCase(Locale.ROOT);
    }

    String hookType() {
        return dialect.hookType(project.settings().hookStorage());
    }

    /**
     * How point-in-time hooks and the bridges' row keys are stored, as templates test it: {@code
     * hash64} when they are compact (a 64-bit key, whatever the hooks' storage), else as
     * {@link #storage()}.
     */
    String pitStorage() {
        return project.settings().pointInTimeHooks() == PointInTimeHooks.COMPACT
                ? HookStorage.HASH64.name().toLowerCase(Locale.ROOT)
                : storage();
    }

    /** The type of point-in-time hooks and of the bridges' row keys. */
    String pitType() {
        return dialect.hookType(project.settings().pointInTimeHooks() == PointInTimeHooks.COMPACT
                ? HookStorage.HASH64 : project.settings().hookStorage());
    }

    String id(String name) {
        return dialect.identifier(name);
    }

    List<String> ids(List<String> names) {
        return names.stream().map(this::id).toList();
    }

    /** The affected relation of an incremental model, as SQL. */
    String affected(ModelName model) {
        return dialect.relation(naming.affected(model));
    }

    /**
     * An incremental model's statements: the affected and rows parts of its own template (the kept
     * rows come later, from {@link RunStatementRenderer}).
     */
    IncrementalSql incremental(ModelName model, String template, String variable, Object view, String entityColumn) {
        return new IncrementalSql(entityColumn, naming.affected(model),
                templates.render(template, variable, view, TemplateRenderer.Part.AFFECTED).sql(),
                templates.render(template, variable, view, TemplateRenderer.Part.ROWS).sql(), "");
    }

    static ModelColumn column(String name, String type, String description) {
        return new ModelColumn(name, type, description);
    }
}
