package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.model.Table;
import java.util.List;
import java.util.Optional;

/** The raw view of a landed table: its declared columns, cast to their declared types. */
final class RawModelRenderer {

    static final String TEMPLATE = "raw.ftl";

    private RawModelRenderer() {
    }

    static Model render(RenderContext ctx, Table table) {
        List<Views.RawColumn> columns = table.columns().stream()
                .map(c -> new Views.RawColumn(ctx.dialect.quoted(c.name().value()), ctx.dialect.columnType(c.type())))
                .toList();
        Views.RawView view = new Views.RawView(ctx.dialect.relation(ctx.naming.landing(table)), columns);
        Rendered rendered = ctx.templates.render(TEMPLATE, "raw", view);
        List<ModelColumn> produced = table.columns().stream()
                .map(c -> RenderContext.column(c.name().value(), ctx.dialect.columnType(c.type()), c.description()))
                .toList();
        return new Model(ctx.naming.raw(table), ModelKind.RAW, Materialization.VIEW, List.of(ctx.naming.landing(table)),
                produced, List.of(), rendered.sql(), rendered.templates(), Optional.of(table.location()));
    }
}
