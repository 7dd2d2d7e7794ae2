package io.hooklake.generator.sql;

import java.util.List;

/**
 * The view records given to templates, one per template, with every name and literal already
 * built (by the naming strategy and the dialect). Templates read them as {@code view.component}.
 * They are public only because FreeMarker reads them reflectively.
 */
public final class Views {

    private Views() {
    }

    /**
     * A hook's text expression. {@code kind}: {@code key} ({@code keyset} literal and business key
     * {@code value} of {@link io.hooklake.generator.dialect.DateKind} {@code valueKind}),
     * {@code composite} ({@code parts}), {@code grain} ({@code keyset} literal and {@code columns},
     * each of the {@code DateKind} at the same index of {@code columnKinds}), or {@code column}
     * ({@code value} already holds the text). Timestamps are written with six fraction digits.
     */
    public record HookExpression(String kind, String keyset, String value, String valueKind, List<HookExpression> parts,
            List<String> columns, List<String> columnKinds) {

        public HookExpression {
            parts = List.copyOf(parts);
            columns = List.copyOf(columns);
            columnKinds = List.copyOf(columnKinds);
        }

        static HookExpression key(String keyset, String value, String valueKind) {
            return new HookExpression("key", keyset, value, valueKind, List.of(), List.of(), List.of());
        }

        static HookExpression composite(List<HookExpression> parts) {
            return new HookExpression("composite", "", "", "", parts, List.of(), List.of());
        }

        static HookExpression grain(String keyset, List<String> columns, List<String> columnKinds) {
            return new HookExpression("grain", keyset, "", "", List.of(), columns, columnKinds);
        }

        static HookExpression column(String column) {
            return new HookExpression("column", "", column, "", List.of(), List.of(), List.of());
        }
    }

    /** A column read from one name ({@code source}) and written under another ({@code column}). */
    public record Renamed(String source, String column) {
    }

    /** A raw column: its quoted name and declared type. */
    public record RawColumn(String source, String type) {
    }

    /** The raw view. */
    public record RawView(String landing, List<RawColumn> columns) {

        public RawView {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A hook of a frame: its column, its text expression over the raw columns, and {@code late}: the
     * same text over the frame's payload columns, which the frame computes once its versions are
     * found, so that its sorts carry the short key values instead of the hook's text; null for a hook
     * the versions are partitioned by or one keyed by a column or expression outside the payload.
     */
    public record FrameHook(String column, HookExpression expression, HookExpression late) {
    }

    /** The load column: as read, and its {@link io.hooklake.generator.dialect.LoadKind}. */
    public record LoadColumn(String source, String kind) {
    }

    /** The record columns of a frame. */
    public record RecordColumns(String loadedAt, String updatedAt, String validFrom, String validTo, String version,
            String isCurrent, String hash) {
    }

    /**
     * A column versions are partitioned by (the first names the frame's entity), and whether it is
     * a hook, whose stored form is a function of the text the frame computes.
     */
    public record FrameEntity(String column, boolean hook) {
    }

    /**
     * The frame. {@code keys}: the grain's columns with whether each is a hook (the first names the
     * entity); {@code self}: the frame's own relation, whose current versions tell unchanged reloads
     * apart; {@code affected}: the relation of affected entities its incremental rows read.
     */
    public record FrameView(String storage, String pitStorage, String raw, String pit, HookExpression ownKey, String validFromKeyset,
            List<FrameHook> hooks, List<Renamed> payload, LoadColumn load, List<Hashed> hashed, List<String> grain,
            RecordColumns record, List<FrameEntity> keys, String self, String affected) {

        public FrameView {
            hooks = List.copyOf(hooks);
            payload = List.copyOf(payload);
            hashed = List.copyOf(hashed);
            grain = List.copyOf(grain);
            keys = List.copyOf(keys);
        }
    }

    /**
     * A parent bridge that a bridge joins, through one hook of the child. {@code pieces}: the CTE of
     * its rows clipped to the child versions they overlap; {@code columns}: the parent's columns the
     * child inherits.
     */
    public record ParentBridge(String relation, String alias, String pieces, String hook, String childHook,
            String validFrom, String validTo, String loadedAt, List<String> columns) {

        public ParentBridge {
            columns = List.copyOf(columns);
        }
    }

    /** An inherited point-in-time hook column: read from a parent alias's column. */
    public record InheritedColumn(String alias, String parentColumn, String column) {
    }

    /**
     * The bridge. {@code frameUpdatedAt}: the frame's record_updated_at; {@code loadedAt}: the
     * bridge's latest contributing load; {@code affected}: the relation of affected entities.
     */
    public record BridgeView(String storage, String pitStorage, String frame, String ownPit, List<String> hooks, String frameValidFrom,
            String frameValidTo, List<ParentBridge> parents, List<InheritedColumn> inherited, String peripheral,
            String peripheralValue, String peripheralKey, String validFromKeyset, String bridgePit, String validFrom,
            String validTo, String isCurrent, String frameUpdatedAt, String loadedAt, String affected) {

        public BridgeView {
            hooks = List.copyOf(hooks);
            parents = List.copyOf(parents);
            inherited = List.copyOf(inherited);
        }
    }

    /** A bridge column the event bridge passes on; {@code key} for {@code _pit_hook__bridge}. */
    public record BridgeColumn(String column, boolean key) {
    }

    /**
     * An event: its flag column, the internal column holding its date, its
     * {@link io.hooklake.generator.dialect.DateKind} and value SQL.
     */
    public record EventView(String flag, String alias, String kind, String value) {
    }

    /** The event bridge. */
    public record EventBridgeView(String storage, String pitStorage, String bridge, String frame, String framePit,
            List<Renamed> record, List<EventView> events, List<BridgeColumn> bridgeColumns, String dateKeyset,
            String dateHook, String eventDate, String loadedAt, String affected) {

        public EventBridgeView {
            record = List.copyOf(record);
            events = List.copyOf(events);
            bridgeColumns = List.copyOf(bridgeColumns);
        }
    }

    /**
     * A peripheral column and its ghost value: {@code key} (a hook), {@code pit} (the point-in-time
     * hook), {@code text}, {@code beginning}, {@code end} or {@code null}.
     */
    public record PeripheralColumn(String column, String type, String ghost) {
    }

    /** The peripheral. */
    public record PeripheralView(String storage, String pitStorage, String frame, List<PeripheralColumn> columns, String ghostKey,
            String ghostText) {

        public PeripheralView {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A column of the unified bridge and what fills it where a stage lacks it or holds NULL: the
     * ghost record for a {@code key}, false for a {@code flag}; {@code plain} columns every stage has.
     */
    public record UnifiedColumn(String column, String fill, String type) {
    }

    /**
     * One event bridge in the unified bridge: the unified columns it has ({@code columns}, in the
     * unified order) among all of them ({@code unified}).
     */
    public record Stage(String relation, List<String> columns, List<UnifiedColumn> unified) {

        public Stage {
            columns = List.copyOf(columns);
            unified = List.copyOf(unified);
        }

        /** Every unified column, and whether this stage has it: made when a dialect asks, as it grows with stages times columns. */
        public List<Cell> cells() {
            java.util.Set<String> own = java.util.Set.copyOf(columns);
            return unified.stream().map(c -> new Cell(c.column(), c.type(), own.contains(c.column()))).toList();
        }
    }

    /** A unified column in one stage: present, or to be filled with a NULL of its type. */
    public record Cell(String column, String type, boolean present) {
    }

    /** A payload column that a frame's record hash reads, with its {@link io.hooklake.generator.dialect.TextKind}. */
    public record Hashed(String column, String kind) {
    }

    /** The unified bridge. */
    public record UnifiedBridgeView(String storage, String pitStorage, String ghostKey, List<UnifiedColumn> columns, List<Stage> stages) {

        public UnifiedBridgeView {
            columns = List.copyOf(columns);
            stages = List.copyOf(stages);
        }
    }

    /** The calendar's attribute columns. */
    public record CalendarColumns(String date, String year, String quarter, String month, String monthName,
            String dayOfMonth, String dayOfWeek, String dayName, String dayOfYear, String isoWeek, String isoYear,
            String isWeekend, String yearMonth, String yearQuarter) {
    }

    /** The calendar. */
    /**
     * A metric: its day from the calendar, its split attributes and measure from the peripherals
     * joined to the unified bridge's rows of its event.
     *
     * @param aggregate {@code count}, {@code sum}, {@code min}, {@code max} or {@code avg}
     * @param measure the qualified measure column; null for a count of events
     * @param filter the filter expression, null when none
     * @param splits the split attributes, qualified, each with its output column
     * @param joins the peripherals joined, each with its alias and key
     */
    public record MetricView(String unifiedBridge, String calendar, String dateHook, String calendarDate,
            String peripheralColumn, String peripheral, String flag, String isCurrent, String aggregate, String measure,
            String filter, List<MetricSplit> splits, List<MetricJoin> joins, String missing, MetricColumns columns) {

        public MetricView {
            splits = List.copyOf(splits);
            joins = List.copyOf(joins);
        }
    }

    /** A split attribute: {@code value} qualified, {@code column} its name in the metric. */
    public record MetricSplit(String value, String column) {
    }

    /** A peripheral joined on its point-in-time hook: {@code alias.key = bridge.key}. */
    public record MetricJoin(String relation, String alias, String key) {
    }

    /** The metric's own columns. */
    public record MetricColumns(String date, String events, String value, String measured) {
    }

    public record CalendarView(String storage, List<String> stages, String eventDate, String dateKeyset,
            String dateHook, CalendarColumns columns) {

        public CalendarView {
            stages = List.copyOf(stages);
        }
    }
}
