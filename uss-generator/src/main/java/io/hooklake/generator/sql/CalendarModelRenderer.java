package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.util.List;
import java.util.Optional;

/** The calendar: one row per day from the first to the last event date of all event bridges. */
final class CalendarModelRenderer {

    static final String TEMPLATE = "calendar.ftl";

    private CalendarModelRenderer() {
    }

    static Model render(RenderContext ctx, List<ModelName> eventBridges) {
        List<ModelName> stages = eventBridges.stream().sorted().toList();
        Views.CalendarColumns names = new Views.CalendarColumns(id(ctx, "date"), id(ctx, "year"), id(ctx, "quarter"),
                id(ctx, "month"), id(ctx, "month_name"), id(ctx, "day_of_month"), id(ctx, "day_of_week"),
                id(ctx, "day_name"), id(ctx, "day_of_year"), id(ctx, "iso_week"), id(ctx, "iso_year"),
                id(ctx, "is_weekend"), id(ctx, "year_month"), id(ctx, "year_quarter"));
        Views.CalendarView view = new Views.CalendarView(ctx.storage(),
                stages.stream().map(ctx.dialect::relation).toList(), ctx.id(ctx.naming.eventDate()),
                ctx.dialect.literal(ctx.naming.dateKeyset() + "|"), ctx.id(ctx.naming.dateHook()), names);
        Rendered rendered = ctx.templates.render(TEMPLATE, "calendar", view);
        return new Model(ctx.naming.calendar(), ModelKind.CALENDAR, Materialization.TABLE, stages, columns(ctx),
                List.of(ctx.naming.dateHook()), rendered.sql(), rendered.templates(), Optional.empty());
    }

    private static String id(RenderContext ctx, String attribute) {
        return ctx.id(ctx.naming.calendarColumn(attribute));
    }

    static List<ModelColumn> columns(RenderContext ctx) {
        String bigint = ctx.dialect.bigintType();
        String text = ctx.dialect.textType();
        return List.of(
                RenderContext.column(ctx.naming.dateHook(), ctx.hookType(), "hook of the date: epoch__date|yyyy-mm-dd"),
                attribute(ctx, "date", ctx.dialect.dateType(), "the date"),
                attribute(ctx, "year", bigint, "year"),
                attribute(ctx, "quarter", bigint, "quarter, 1 to 4"),
                attribute(ctx, "month", bigint, "month, 1 to 12"),
                attribute(ctx, "month_name", text, "month name in English"),
                attribute(ctx, "day_of_month", bigint, "day of the month, 1 to 31"),
                attribute(ctx, "day_of_week", bigint, "ISO day of the week, 1 (Monday) to 7 (Sunday)"),
                attribute(ctx, "day_name", text, "day name in English"),
                attribute(ctx, "day_of_year", bigint, "day of the year, 1 to 366"),
                attribute(ctx, "iso_week", bigint, "ISO week number"),
                attribute(ctx, "iso_year", bigint, "ISO year that the ISO week belongs to"),
                attribute(ctx, "is_weekend", ctx.dialect.booleanType(), "Saturday or Sunday"),
                attribute(ctx, "year_month", text, "yyyy-mm"),
                attribute(ctx, "year_quarter", text, "yyyy-Qn"));
    }

    private static ModelColumn attribute(RenderContext ctx, String attribute, String type, String description) {
        return RenderContext.column(ctx.naming.calendarColumn(attribute), type, description);
    }
}
