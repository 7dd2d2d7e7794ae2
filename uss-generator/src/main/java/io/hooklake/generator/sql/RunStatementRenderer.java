package io.hooklake.generator.sql;

import io.hooklake.generator.AuditSql;
import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.LandedTableSql;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.model.Column;
import io.hooklake.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements a run executes besides a model's own SELECTs, rendered from templates like
 * every other: a table model's grain audit ({@code audit.ftl}), an incremental model's kept rows
 * ({@code kept.ftl}), and a landed table's load-time conversion ({@code load_time.ftl}). So a
 * runtime builds no SQL of its own.
 */
final class RunStatementRenderer {

    static final String AUDIT = "audit.ftl";
    static final String KEPT = "kept.ftl";
    static final String LOAD_TIME = "load_time.ftl";

    /** The grain audit's view: the table, its grain, and for an incremental model the entity and affected relation. */
    public record AuditView(String relation, List<String> grain, String entity, String affected) {
    }

    /** The kept rows' view: the table, its columns in order, its entity column and the affected relation. */
    public record KeptView(String relation, List<String> columns, String entity, String affected) {
    }

    /** A load time's view: how the load column becomes a timestamp, and its declared type. */
    public record LoadTimeView(String loadKind, String loadType) {
    }

    private RunStatementRenderer() {
    }

    /** {@code model} with its kept rows and grain audit rendered (views and models without grain have no audit). */
    static Model complete(RenderContext ctx, Model model) {
        List<String> templates = new ArrayList<>();
        Optional<IncrementalSql> incremental = model.incremental().map(inc -> {
            KeptView view = new KeptView(ctx.dialect.relation(model.name()),
                    model.columns().stream().map(c -> ctx.id(c.name())).toList(), ctx.id(inc.entityColumn()),
                    ctx.dialect.relation(inc.affectedRelation()));
            Rendered kept = ctx.templates.render(KEPT, "kept", view);
            templates.addAll(kept.templates());
            return inc.withKeptRows(kept.sql());
        });
        Optional<AuditSql> audit = Optional.empty();
        if (model.materialization() != Materialization.VIEW && !model.grain().isEmpty()) {
            AuditView view = new AuditView(ctx.dialect.relation(model.name()), ctx.ids(model.grain()),
                    incremental.map(i -> ctx.id(i.entityColumn())).orElse(""),
                    incremental.map(i -> ctx.dialect.relation(i.affectedRelation())).orElse(""));
            Rendered whole = ctx.templates.render(AUDIT, "audit", view, TemplateRenderer.Part.FULL);
            templates.addAll(whole.templates());
            Optional<String> ofAffected = incremental.map(
                    i -> ctx.templates.render(AUDIT, "audit", view, TemplateRenderer.Part.AFFECTED).sql());
            audit = Optional.of(new AuditSql(model.grain(), whole.sql(), ofAffected));
        }
        return model.completed(incremental, audit, templates);
    }

    /** A landed table: its relation, declared columns and load-time statement. */
    static LandedTableSql landed(RenderContext ctx, Table table) {
        LoadTimeView view = new LoadTimeView(ctx.dialect.loadKind(table.load().type()).name(), ctx.dialect.columnType(table.load().type()));
        Rendered loadTime = ctx.templates.render(LOAD_TIME, "landing", view);
        ModelName relation = ctx.naming.landing(table);
        return new LandedTableSql(relation, table.source().value(), table.name().value(),
                table.payload().stream().map(RunStatementRenderer::declared).toList(), declared(table.load()),
                loadTime.sql(), loadTime.templates());
    }

    private static ModelColumn declared(Column column) {
        return new ModelColumn(column.name().value(), column.type().sql(), column.description());
    }
}
