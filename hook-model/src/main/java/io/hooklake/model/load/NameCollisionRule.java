package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.Naming;
import io.hooklake.model.diagnostic.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LH116: names that are distinct as written but collide once prefixed or combined (ignoring
 * case, as DuckDB does):
 * <ul>
 *   <li>two frames with one prefix (their peripherals' columns would collide in the star schema);
 *   <li>a column {@code c} whose frame column {@code <prefix>__c} is one of the frame's record
 *       columns ({@code <prefix>__record_valid_from}, ...);
 *   <li>a hook named like a generated column: {@code _hook__epoch__date}, or a prefixed column
 *       of its frame (hook names start with {@code _hook__}, see {@link HookNameRule}, so only a
 *       frame prefix of {@code _hook} can do this);
 *   <li>a frame named like the unified bridge or the calendar, which share the peripherals' schema;
 *   <li>two tables whose raw models {@code <source>__<table>} have one name.
 * </ul>
 */
final class NameCollisionRule implements ProjectRule {

    /** The record columns of every frame, after {@code <prefix>__}. */
    static final List<String> RECORD_COLUMNS = List.of("record_valid_from", "record_valid_to", "record_version",
            "record_is_current", "record_loaded_at", "record_updated_at", "record_hash");

    /** The hook of an event date in event bridges and the calendar. */
    static final String EPOCH_DATE_HOOK = "_hook__epoch__date";

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        Naming naming = document.naming();
        Map<String, FrameDto> prefixes = new HashMap<>();
        for (FrameDto frame : document.frames()) {
            String frameName = document.frameLabel(frame);
            FrameDto earlier = prefixes.putIfAbsent(frame.prefix().value().toLowerCase(Locale.ROOT), frame);
            if (earlier != null) {
                diagnostics.error(ErrorCode.NAME_COLLISION, frame.prefix().location(), "frames '" + document.frameLabel(earlier) + "' and '"
                        + frameName + "' have the same prefix '" + frame.prefix().value() + "'",
                        "give each frame its own prefix");
            }
            document.frameName(frame).filter(n -> n.equalsIgnoreCase(naming.unifiedBridge()) || n.equalsIgnoreCase(naming.calendar()))
                    .ifPresent(n -> diagnostics.error(ErrorCode.NAME_COLLISION, document.frameNameLocation(frame),
                            "frame '" + n + "' has the name of the "
                                    + (n.equalsIgnoreCase(naming.calendar()) ? "calendar" : "unified bridge"),
                            "give the frame another 'name'"));
            Set<String> columns = document.columnNames(frame).orElse(Set.of());
            document.table(frame).ifPresent(table -> table.columns().stream()
                    .filter(c -> RECORD_COLUMNS.contains(c.name().value().toLowerCase(Locale.ROOT)))
                    .forEach(c -> diagnostics.error(ErrorCode.NAME_COLLISION, c.name().location(),
                            "column '" + c.name().value() + "' of table '" + table.name().value() + "' becomes '"
                                    + frame.prefix().value() + "__" + c.name().value() + "' in frame '" + frameName
                                    + "', the name of a record column",
                            "rename the column in the source, or select it under another name in an expression")));
            for (HookDto hook : frame.hooks()) {
                document.hookName(hook).ifPresent(name ->
                        hookName(diagnostics, name, document.hookNameLocation(hook), frame, frameName, columns));
            }
            frame.compositeHooks().forEach(c ->
                    hookName(diagnostics, c.name().value(), c.name().location(), frame, frameName, columns));
        }
        rawModels(document, diagnostics);
    }

    private static void hookName(Diagnostics diagnostics, String name, Location location, FrameDto frame, String frameName,
            Set<String> columns) {
        String lower = name.toLowerCase(Locale.ROOT);
        String prefix = frame.prefix().value().toLowerCase(Locale.ROOT) + "__";
        String rest = lower.startsWith(prefix) ? lower.substring(prefix.length()) : null;
        boolean generated = lower.equals(EPOCH_DATE_HOOK)
                || rest != null && (RECORD_COLUMNS.contains(rest)
                        || columns.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(rest)));
        if (generated) {
            diagnostics.error(ErrorCode.NAME_COLLISION, location, "hook '" + name + "' has the name of a generated column of frame '"
                            + frameName + "'",
                    "give the hook another 'name'");
        }
    }

    private static void rawModels(ProjectDocument document, Diagnostics diagnostics) {
        Map<String, String> models = new HashMap<>();
        for (SourceDto source : document.sources()) {
            for (TableDto table : source.tables()) {
                String model = source.name().value() + "__" + table.name().value();
                String mine = source.name().value() + "." + table.name().value();
                String earlier = models.putIfAbsent(model.toLowerCase(Locale.ROOT), mine);
                if (earlier != null && !earlier.equals(mine)) {
                    diagnostics.error(ErrorCode.NAME_COLLISION, table.name().location(), "table '" + mine + "' and table '" + earlier
                            + "' both give models named '" + model + "'", "rename a source or a table");
                }
            }
        }
    }
}
