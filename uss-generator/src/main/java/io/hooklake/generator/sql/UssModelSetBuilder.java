package io.hooklake.generator.sql;

import io.hooklake.generator.LandedTableSql;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.ModelSetBuilder;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import io.hooklake.generator.check.ExpressionChecker;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Metric;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders every model of a validated project for one dialect: a raw view per raw table; per
 * frame a frame, a bridge, an event bridge and a peripheral; one unified bridge, one calendar and
 * a model per metric (left out when the project has no frame, as there is nothing to stack).
 * Models come sorted by name; diagnostics (cycles, diamonds, ambiguous references) sorted by
 * location.
 */
public final class UssModelSetBuilder implements ModelSetBuilder {

    /** A model would have two columns of one name. */
    public static final ErrorCode DUPLICATE_COLUMN = ErrorCode.DUPLICATE_COLUMN;

    private final TemplateRenderer templates;
    private final ExpressionChecker expressions = new ExpressionChecker();

    public UssModelSetBuilder(Dialect dialect) {
        this.templates = new TemplateRenderer(dialect);
    }

    @Override
    public ModelSet build(Project project) {
        RenderContext ctx = new RenderContext(project, templates);
        if (ctx.diagnostics.stream().anyMatch(Diagnostic::isError)) {
            // A bridge too wide to render (LH209): the project is refused, so render nothing.
            return new ModelSet(List.of(), List.of(), ctx.graph.references(),
                    ctx.diagnostics.stream().sorted(Diagnostic.ORDER).toList());
        }
        List<Model> models = new ArrayList<>();
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                models.add(RawModelRenderer.render(ctx, table));
            }
        }
        List<UnifiedBridgeModelRenderer.Input> eventBridges = new ArrayList<>();
        Map<FrameName, Model> peripherals = new HashMap<>();
        List<Frame> frames = project.frames().stream().sorted(Comparator.comparing(Frame::name)).toList();
        for (Frame frame : frames) {
            models.add(FrameModelRenderer.render(ctx, frame));
            models.add(BridgeModelRenderer.render(ctx, frame));
            Model events = EventBridgeModelRenderer.render(ctx, frame, FrameEvent.of(ctx, frame));
            models.add(events);
            eventBridges.add(new UnifiedBridgeModelRenderer.Input(events.name(), events.columns()));
            Model peripheral = PeripheralModelRenderer.render(ctx, frame);
            models.add(peripheral);
            peripherals.put(frame.name(), peripheral);
        }
        if (!eventBridges.isEmpty()) {
            models.add(UnifiedBridgeModelRenderer.render(ctx, eventBridges));
            models.add(CalendarModelRenderer.render(ctx, eventBridges.stream().map(UnifiedBridgeModelRenderer.Input::name)
                    .toList()));
            project.metrics().stream().sorted(Comparator.comparing(Metric::name))
                    .forEach(metric -> MetricModelRenderer.render(ctx, metric, peripherals, expressions).ifPresent(models::add));
        }
        models.sort(Comparator.comparing(Model::name));
        models.forEach(model -> checkColumnsUnique(ctx, model));
        List<Model> completed = models.stream().map(model -> RunStatementRenderer.complete(ctx, model)).toList();
        List<LandedTableSql> landed = project.sources().stream().flatMap(s -> s.tables().stream())
                .map(table -> RunStatementRenderer.landed(ctx, table))
                .sorted(Comparator.comparing(LandedTableSql::relation)).toList();
        List<Diagnostic> diagnostics = ctx.diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        return new ModelSet(completed, landed, ctx.graph.references(), diagnostics);
    }

    /** A model with two columns of one name is an error (LH206): no engine may rename one silently. */
    private static void checkColumnsUnique(RenderContext ctx, Model model) {
        Set<String> seen = new HashSet<>();
        for (ModelColumn column : model.columns()) {
            if (!seen.add(column.name().toLowerCase(Locale.ROOT))) {
                Location where = model.origin().orElse(Location.ofFile(Path.of(ctx.project.name().value())));
                ctx.diagnostics.add(Diagnostic.error(DUPLICATE_COLUMN, where, "model '" + model.name()
                        + "' would have two columns named '" + column.name() + "'")
                        .withHint("rename a column, a hook, an event or the frame's prefix"));
            }
        }
    }

    @Override
    public String dialect() {
        return templates.dialect().name();
    }

    /** The renderer, whose template sources a fingerprint may read. */
    public TemplateRenderer templates() {
        return templates;
    }
}
