package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LH115: names that become parts of SQL names are plain identifiers (a letter or {@code _}, then
 * letters, digits or {@code _}): the project, schemas and naming prefixes, sources, concepts,
 * keysets, qualifiers, frames, prefixes, hooks, roles, composite hooks, events and metrics. Table and
 * column names are quoted in SQL and may be spelled any way, but a frame's default name is
 * built from its table's; what they may not hold, as parts of file names and SQL, is
 * {@link UnsafeNameRule}'s (LH126).
 */
final class SqlIdentifierRule implements ProjectRule {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String HINT = "use a letter or '_', then letters, digits or '_'";

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        document.project().ifPresent(project -> {
            check(diagnostics, "project name", project.name());
            project.schemas().ifPresent(s -> {
                check(diagnostics, "schema", s.das());
                check(diagnostics, "schema", s.dab());
                check(diagnostics, "schema", s.darStaging());
                check(diagnostics, "schema", s.dar());
            });
            project.naming().ifPresent(n -> {
                check(diagnostics, "raw_prefix", n.rawPrefix());
                check(diagnostics, "frame_prefix", n.framePrefix());
                check(diagnostics, "bridge_prefix", n.bridgePrefix());
                check(diagnostics, "event_prefix", n.eventPrefix());
                check(diagnostics, "unified_bridge", n.unifiedBridge());
                check(diagnostics, "calendar", n.calendar());
                check(diagnostics, "metric_prefix", n.metricPrefix());
            });
        });
        document.sources().forEach(s -> check(diagnostics, "source name", s.name()));
        document.concepts().forEach(c -> check(diagnostics, "concept name", c.name()));
        for (KeysetDto keyset : document.keysets()) {
            check(diagnostics, "qualifier", keyset.qualifier());
            // A default name is made of the concept, qualifier and source, each checked on its own.
            check(diagnostics, "keyset name", keyset.name());
        }
        for (FrameDto frame : document.frames()) {
            if (frame.name().isPresent()) {
                check(diagnostics, "frame name", frame.name().get());
            } else {
                document.frameName(frame).filter(name -> !isIdentifier(name)).ifPresent(name ->
                        diagnostics.error(ErrorCode.INVALID_IDENTIFIER, frame.table().location(),
                                "frame name '" + name + "' (the default, <source>__<table>) is not a valid SQL identifier",
                                "give the frame a 'name'"));
            }
            check(diagnostics, "prefix", frame.prefix());
            for (HookDto hook : frame.hooks()) {
                check(diagnostics, "hook name", hook.name());
                check(diagnostics, "role", hook.role());
            }
            frame.compositeHooks().forEach(c -> check(diagnostics, "composite hook name", c.name()));
            frame.events().forEach(e -> check(diagnostics, "event name", e.name()));
        }
        document.metrics().forEach(m -> check(diagnostics, "metric name", m.name()));
    }

    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    private static void check(Diagnostics diagnostics, String what, Optional<Located<String>> name) {
        name.ifPresent(n -> check(diagnostics, what, n));
    }

    private static void check(Diagnostics diagnostics, String what, Located<String> name) {
        if (!isIdentifier(name.value())) {
            report(diagnostics, what, name.value(), name.location());
        }
    }

    private static void report(Diagnostics diagnostics, String what, String name, Location location) {
        diagnostics.error(ErrorCode.INVALID_IDENTIFIER, location, what + " '" + name + "' is not a valid SQL identifier", HINT);
    }
}
