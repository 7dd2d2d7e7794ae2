package io.hooklake.model.load;

import io.hooklake.model.Aggregate;
import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.CompositeHook;
import io.hooklake.model.Concept;
import io.hooklake.model.ConceptKind;
import io.hooklake.model.ConceptName;
import io.hooklake.model.Event;
import io.hooklake.model.EventName;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Hook;
import io.hooklake.model.HookName;
import io.hooklake.model.DataChecks;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Engine;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.Keyset;
import io.hooklake.model.Metric;
import io.hooklake.model.MetricName;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Naming;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.Schemas;
import io.hooklake.model.Source;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a validated {@link ProjectDocument} into the immutable domain model, applying the
 * defaults. Called only when validation found no error, so every lookup succeeds.
 */
final class ProjectAssembler {

    /** The type of a load column that the table does not list: what Hooklake's ingest writes. */
    static final SqlType LOAD_COLUMN_TYPE = SqlType.of("TIMESTAMP");

    private final ProjectDocument document;

    private ProjectAssembler(ProjectDocument document) {
        this.document = document;
    }

    static Project assemble(ProjectDocument document) {
        return new ProjectAssembler(document).project();
    }

    private Project project() {
        ProjectDto project = document.project().orElseThrow(() -> new IllegalStateException("validated project lacks its project section"));
        ProjectSettings settings = settings(project);
        List<Source> sources = document.sources().stream().map(this::source).toList();
        List<Frame> frames = document.frames().stream().map(this::frame).toList();
        List<Metric> metrics = document.declaresMetrics()
                ? document.metrics().stream().map(this::metric).toList()
                : Project.defaultMetrics(settings, sources, frames);
        return new Project(settings, sources,
                document.concepts().stream().map(this::concept).toList(),
                document.keysets().stream().map(this::keyset).toList(),
                frames, metrics);
    }

    private Metric metric(MetricDto metric) {
        String event = metric.event().value();
        int dot = event.indexOf('.');
        FrameDto frame = document.framesCalled(event.substring(0, dot)).get(0);
        Optional<Metric.Measure> measure = metric.measure().map(m -> new Metric.Measure(
                Aggregate.valueOf(m.aggregate().value().toUpperCase(Locale.ROOT)), m.column().map(ProjectAssembler::attribute)));
        return new Metric(new MetricName(metric.name().value()), or(metric.description(), ""),
                new FrameName(document.frameName(frame).orElseThrow()), new EventName(event.substring(dot + 1)), measure,
                metric.filter().map(f -> new ValueSource.SqlExpression(f.value(), f.location())),
                metric.splitBy().stream().map(ProjectAssembler::attribute).toList(), true, metric.location());
    }

    private static Metric.Attribute attribute(Located<String> column) {
        return new Metric.Attribute(new ColumnName(column.value()), column.location());
    }

    private static ProjectSettings settings(ProjectDto project) {
        Schemas d = Schemas.DEFAULT;
        Schemas schemas = project.schemas().map(s -> new Schemas(
                or(s.das(), d.das()), or(s.dab(), d.dab()), or(s.darStaging(), d.darStaging()), or(s.dar(), d.dar())))
                .orElse(d);
        Naming n = Naming.DEFAULT;
        Naming naming = project.naming().map(x -> new Naming(
                or(x.rawPrefix(), n.rawPrefix()), or(x.framePrefix(), n.framePrefix()), or(x.bridgePrefix(), n.bridgePrefix()),
                or(x.eventPrefix(), n.eventPrefix()), or(x.unifiedBridge(), n.unifiedBridge()), or(x.calendar(), n.calendar()),
                or(x.metricPrefix(), n.metricPrefix())))
                .orElse(n);
        return new ProjectSettings(
                new ProjectName(project.name().value()),
                schemas,
                naming,
                project.hookStorage().map(Located::value).orElse(HookStorage.TEXT),
                project.timestampEvents().map(Located::value).orElse(false),
                project.pointInTimeHooks().map(Located::value).orElse(PointInTimeHooks.COMPACT),
                project.engine().map(Located::value).orElse(Engine.DUCKDB),
                project.dataChecks().map(Located::value).orElse(DataChecks.WARN));
    }

    private Source source(SourceDto source) {
        SourceName name = new SourceName(source.name().value());
        return new Source(name, or(source.description(), ""),
                source.tables().stream().map(t -> table(source, name, t)).toList(), source.location());
    }

    private static Table table(SourceDto source, SourceName sourceName, TableDto table) {
        String loadColumn = source.loadColumnOf(table);
        List<Column> columns = new ArrayList<>(table.columns().stream().map(ProjectAssembler::column).toList());
        if (columns.stream().noneMatch(c -> c.name().value().equals(loadColumn))) {
            columns.add(new Column(new ColumnName(loadColumn), LOAD_COLUMN_TYPE, false, "When the row was loaded.",
                    table.loadColumn().map(Located::location).or(() -> source.loadColumn().map(Located::location))
                            .orElse(table.location())));
        }
        return new Table(sourceName, new TableName(table.name().value()), or(table.description(), ""), columns,
                new ColumnName(loadColumn), table.primaryKey().stream().map(k -> new ColumnName(k.value())).toList(),
                table.location());
    }

    private static Column column(ColumnDto column) {
        return new Column(new ColumnName(column.name().value()), SqlType.of(column.type().value()),
                column.nullable().map(Located::value).orElse(true), or(column.description(), ""), column.location());
    }

    private Concept concept(ConceptDto concept) {
        return new Concept(new ConceptName(concept.name().value()), concept.kind().map(Located::value).orElse(ConceptKind.CORE),
                or(concept.description(), ""), concept.taxonomy().stream().map(Located::value).toList(), concept.location());
    }

    private Keyset keyset(KeysetDto keyset) {
        return new Keyset(new KeysetName(keyset.resolvedName()), new ConceptName(keyset.concept().value()),
                keyset.qualifier().map(Located::value), new SourceName(keyset.source().value()),
                or(keyset.description(), ""), keyset.location());
    }

    private Frame frame(FrameDto frame) {
        String source = document.frameSource(frame).orElseThrow();
        String tableDescription = document.table(frame).flatMap(TableDto::description).map(Located::value).orElse("");
        return new Frame(
                new FrameName(document.frameName(frame).orElseThrow()),
                new SourceName(source),
                new TableName(frame.table().value()),
                frame.prefix().value(),
                frame.description().map(Located::value).orElse(tableDescription),
                document.grain(frame).stream().map(ColumnName::new).toList(),
                frame.hooks().stream().map(this::hook).toList(),
                frame.compositeHooks().stream().map(ProjectAssembler::compositeHook).toList(),
                frame.events().stream().map(ProjectAssembler::event).toList(),
                frame.location());
    }

    private Hook hook(HookDto hook) {
        return new Hook(new HookName(document.hookName(hook).orElseThrow()), new KeysetName(hook.keyset().value()),
                valueSource(hook.businessKey(), hook.expression()), hook.isPrimary(), hook.role().map(Located::value),
                hook.location());
    }

    private static CompositeHook compositeHook(CompositeHookDto hook) {
        return new CompositeHook(new HookName(hook.name().value()),
                hook.parts().stream().map(p -> new HookName(p.value())).toList(), hook.isPrimary(), hook.location());
    }

    private static Event event(EventDto event) {
        return new Event(new EventName(event.name().value()), valueSource(event.column(), event.expression()), event.location());
    }

    private static ValueSource valueSource(Optional<Located<String>> column, Optional<Located<String>> expression) {
        return column.<ValueSource>map(c -> new ValueSource.ColumnRef(new ColumnName(c.value())))
                .orElseGet(() -> new ValueSource.SqlExpression(expression.orElseThrow().value(), expression.orElseThrow().location()));
    }

    private static String or(Optional<Located<String>> value, String otherwise) {
        return value.map(Located::value).orElse(otherwise);
    }
}
