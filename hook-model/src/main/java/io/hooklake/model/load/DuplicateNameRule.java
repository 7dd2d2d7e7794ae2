package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * LH106: names that must be unique are: concepts, keysets, frames and sources in the project;
 * tables in a source; columns in a table; hooks (plain and composite) and events in a frame; metrics.
 * Names are compared ignoring case, as DuckDB compares identifiers.
 */
final class DuplicateNameRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        Unique sources = new Unique("source", "", diagnostics);
        for (SourceDto source : document.sources()) {
            sources.add(source.name().value(), source.name().location());
            Unique tables = new Unique("table", " in source '" + source.name().value() + "'", diagnostics);
            for (TableDto table : source.tables()) {
                tables.add(table.name().value(), table.name().location());
                Unique columns = new Unique("column", " in table '" + table.name().value() + "'", diagnostics);
                table.columns().forEach(c -> columns.add(c.name().value(), c.name().location()));
            }
        }
        Unique concepts = new Unique("concept", "", diagnostics);
        document.concepts().forEach(c -> concepts.add(c.name().value(), c.name().location()));
        Unique keysets = new Unique("keyset", "", diagnostics);
        document.keysets().forEach(k -> keysets.add(k.resolvedName(), k.nameLocation()));
        Unique frames = new Unique("frame", "", diagnostics);
        for (FrameDto frame : document.frames()) {
            document.frameName(frame).ifPresent(name -> frames.add(name, document.frameNameLocation(frame)));
            String in = " in frame '" + document.frameLabel(frame) + "'";
            Unique hooks = new Unique("hook", in, diagnostics);
            frame.hooks().forEach(h -> document.hookName(h).ifPresent(name -> hooks.add(name, document.hookNameLocation(h))));
            frame.compositeHooks().forEach(c -> hooks.add(c.name().value(), c.name().location()));
            Unique events = new Unique("event", in, diagnostics);
            frame.events().forEach(e -> events.add(e.name().value(), e.name().location()));
        }
        Unique metrics = new Unique("metric", "", diagnostics);
        document.metrics().forEach(m -> metrics.add(m.name().value(), m.name().location()));
    }

    /** The names of one kind in one scope, reporting each repeat. */
    private static final class Unique {

        private final String kind;
        private final String scope;
        private final Diagnostics diagnostics;
        private final Map<String, Named> first = new HashMap<>();

        Unique(String kind, String scope, Diagnostics diagnostics) {
            this.kind = kind;
            this.scope = scope;
            this.diagnostics = diagnostics;
        }

        void add(String name, Location location) {
            Named earlier = first.putIfAbsent(name.toLowerCase(Locale.ROOT), new Named(name, location));
            if (earlier != null) {
                diagnostics.error(ErrorCode.DUPLICATE_NAME, location, "duplicate " + kind + " '" + name + "'" + scope,
                        "first declared at " + earlier.location()
                                + (earlier.name().equals(name) ? "" : " as '" + earlier.name() + "'"));
            }
        }
    }

    private record Named(String name, Location location) {
    }
}
