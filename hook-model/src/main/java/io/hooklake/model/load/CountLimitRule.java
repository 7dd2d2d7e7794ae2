package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * LH125: how many sources, tables, columns, concepts, keysets, frames, hooks, events and list
 * items a project may have ({@link Limits}). Reported at the first item beyond the limit. The
 * other rules run only on a project within these limits, so that none of them meets a list of
 * unbounded length.
 */
final class CountLimitRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        check(diagnostics, document.sources(), SourceDto::location, Limits.SOURCES, "the project", "sources");
        for (SourceDto source : document.sources()) {
            String of = "source '" + source.name().value() + "'";
            check(diagnostics, source.tables(), TableDto::location, Limits.TABLES, of, "tables");
            for (TableDto table : source.tables()) {
                String ofTable = "table '" + table.name().value() + "'";
                check(diagnostics, table.columns(), ColumnDto::location, Limits.COLUMNS, ofTable, "columns");
                check(diagnostics, table.primaryKey(), Located::location, Limits.LIST_ITEMS, "the primary key of " + ofTable,
                        "columns");
            }
        }
        check(diagnostics, document.concepts(), ConceptDto::location, Limits.FRAMES, "the project", "concepts");
        document.concepts().forEach(c -> check(diagnostics, c.taxonomy(), Located::location, Limits.LIST_ITEMS,
                "the taxonomy of concept '" + c.name().value() + "'", "items"));
        check(diagnostics, document.keysets(), KeysetDto::location, Limits.FRAMES, "the project", "keysets");
        check(diagnostics, document.frames(), FrameDto::location, Limits.FRAMES, "the project", "frames");
        check(diagnostics, document.metrics(), MetricDto::location, Limits.FRAMES, "the project", "metrics");
        document.metrics().forEach(m -> check(diagnostics, m.splitBy(), Located::location, Limits.LIST_ITEMS,
                "the split_by of metric '" + m.name().value() + "'", "columns"));
        for (FrameDto frame : document.frames()) {
            String of = "frame '" + document.frameLabel(frame) + "'";
            List<Location> hooks = new ArrayList<>();
            frame.hooks().forEach(h -> hooks.add(h.location()));
            frame.compositeHooks().forEach(c -> hooks.add(c.location()));
            check(diagnostics, hooks, Function.identity(), Limits.HOOKS, of, "hooks and composite hooks");
            check(diagnostics, frame.events(), EventDto::location, Limits.EVENTS, of, "events");
            frame.grain().ifPresent(grain -> check(diagnostics, grain, Located::location, Limits.LIST_ITEMS,
                    "the grain of " + of, "columns"));
            frame.compositeHooks().forEach(c -> check(diagnostics, c.parts(), Located::location, Limits.LIST_ITEMS,
                    "composite hook '" + c.name().value() + "'", "parts"));
        }
    }

    private static <T> void check(Diagnostics diagnostics, List<T> items, Function<T, Location> location, int limit,
            String owner, String what) {
        if (items.size() > limit) {
            diagnostics.error(ErrorCode.LIMIT, location.apply(items.get(limit)), owner + " has " + Limits.count(items.size())
                    + " " + what + ", more than the " + Limits.count(limit) + " it may have");
        }
    }
}
