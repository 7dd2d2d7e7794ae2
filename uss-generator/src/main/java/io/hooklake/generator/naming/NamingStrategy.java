package io.hooklake.generator.naming;

import io.hooklake.generator.ModelName;
import io.hooklake.model.Column;
import io.hooklake.model.Frame;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.MetricName;
import io.hooklake.model.HookName;
import io.hooklake.model.Naming;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.Schemas;
import io.hooklake.model.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds every SQL object and column name of the generated models, from the project's schemas and
 * naming settings. Nothing else in the generator (Java or template) builds a name.
 */
public final class NamingStrategy {

    private static final String HOOK_PREFIX = "_hook__";
    private static final String PIT_PREFIX = "_pit_hook__";
    private static final String TEMPORARY_CATALOG = "temp";

    private final Schemas schemas;
    private final Naming naming;

    public NamingStrategy(ProjectSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.schemas = settings.schemas();
        this.naming = settings.naming();
    }

    // ---- relations -------------------------------------------------------------------------

    /** The landed raw table, an input created by the runtime or a test: {@code das.landed__<source>__<table>}. */
    public ModelName landing(Table table) {
        return new ModelName(schemas.das(), "landed__" + table.source().value() + "__" + table.name().value());
    }

    /** {@code das.raw__<source>__<table>}. */
    public ModelName raw(Table table) {
        return new ModelName(schemas.das(), naming.rawPrefix() + "__" + table.source().value() + "__" + table.name().value());
    }

    /** {@code dab.frame__<frame>}. */
    public ModelName frame(Frame frame) {
        return new ModelName(schemas.dab(), naming.framePrefix() + "__" + frame.name().value());
    }

    /** {@code dar__staging.bridge__<frame>}. */
    public ModelName bridge(Frame frame) {
        return new ModelName(schemas.darStaging(), naming.bridgePrefix() + "__" + frame.name().value());
    }

    /** {@code dar__staging.event__<frame>}. */
    public ModelName eventBridge(Frame frame) {
        return new ModelName(schemas.darStaging(), naming.eventPrefix() + "__" + frame.name().value());
    }

    /** {@code dar.<frame>}. */
    public ModelName peripheral(Frame frame) {
        return new ModelName(schemas.dar(), frame.name().value());
    }

    /** {@code dar._bridge__as_of}. */
    public ModelName unifiedBridge() {
        return new ModelName(schemas.dar(), naming.unifiedBridge());
    }

    /** {@code dar.calendar}. */
    public ModelName calendar() {
        return new ModelName(schemas.dar(), naming.calendar());
    }

    /** {@code dar.metric__<name>}. */
    public ModelName metric(MetricName metric) {
        return new ModelName(schemas.dar(), naming.metricPrefix() + "__" + metric.value());
    }

    /**
     * A column of every metric model: {@code metric__date} (the day), {@code metric__events} (how
     * many events), {@code metric__value} (the aggregate), {@code metric__measured} (how many
     * events had a measure).
     */
    public String metricColumn(String what) {
        return naming.metricPrefix() + "__" + what;
    }

    /**
     * The temporary relation that holds the entities an incremental run of {@code model}
     * recomputes: {@code temp.affected__<schema>__<model>} (DuckDB's catalog of temporary
     * tables). The runtime creates it from {@link io.hooklake.generator.IncrementalSql#affectedEntities()};
     * it is not a model.
     */
    public ModelName affected(ModelName model) {
        return new ModelName(TEMPORARY_CATALOG, "affected__" + model.schema() + "__" + model.name());
    }

    // ---- frame columns -----------------------------------------------------------------------

    /**
     * The frame's point-in-time hook: its primary hook's name with {@code _hook__} replaced by
     * {@code _pit_hook__}; {@code _pit_hook__<prefix>} for a frame without a primary hook.
     */
    public String pitHook(Frame frame) {
        return frame.primaryHook().map(HookDefinition::name).map(NamingStrategy::pitOf)
                .orElse(PIT_PREFIX + frame.prefix());
    }

    private static String pitOf(HookName hook) {
        String name = hook.value();
        return name.startsWith(HOOK_PREFIX) ? PIT_PREFIX + name.substring(HOOK_PREFIX.length()) : "_pit" + name;
    }

    /** A hook's column: its own name. */
    public String hook(HookDefinition hook) {
        return hook.name().value();
    }

    /** A payload column in the frame: {@code <prefix>__<column>}. */
    public String payload(Frame frame, Column column) {
        return frame.prefix() + "__" + column.name().value();
    }

    /** A record column of the frame: {@code <prefix>__record_<what>}. */
    public String record(Frame frame, RecordColumn what) {
        return frame.prefix() + "__record_" + what.suffix();
    }

    /** The text that qualifies a grain-keyed record when the frame has no primary hook: {@code <frame>}. */
    public String grainKeyset(Frame frame) {
        return frame.name().value();
    }

    /** The keyset part of the point-in-time suffix: {@code epoch__valid_from}. */
    public String validFromKeyset() {
        return "epoch__valid_from";
    }

    // ---- bridge columns ----------------------------------------------------------------------

    /** {@code peripheral}: which frame a bridge row belongs to. */
    public String peripheralColumn() {
        return "peripheral";
    }

    /** Whether a column is a point-in-time hook ({@code _pit_hook__...}). */
    public boolean isPitHook(String column) {
        return column.startsWith(PIT_PREFIX);
    }

    /** Whether a column is an event flag ({@code event__...}). */
    public boolean isEventFlag(String column) {
        return column.startsWith(eventFlag(""));
    }

    /** {@code _pit_hook__bridge}. */
    public String bridgePitHook() {
        return PIT_PREFIX + "bridge";
    }

    /** The keyset part of a bridge row's key naming its peripheral: {@code peripheral}. */
    public String peripheralKeyset() {
        return "peripheral";
    }

    /** The value of {@link #peripheralColumn()} for a frame: its name. */
    public String peripheralValue(Frame frame) {
        return frame.name().value();
    }

    /** An inherited column, renamed by the role of the reference it comes through. */
    public String inherited(String column, Optional<String> role) {
        return role.map(r -> column + "__" + r).orElse(column);
    }

    /** The alias of the parent bridge joined through a frame's {@code index}-th cascaded reference (0-based). */
    public String parentAlias(int index) {
        return "parent_" + (index + 1);
    }

    /** The bridge's CTE of the {@code index}-th parent bridge's rows clipped to the child versions ({@code pieces_1}, ...). */
    public String parentPieces(int index) {
        return "pieces_" + (index + 1);
    }

    /** {@code bridge__record_valid_from}. */
    public String bridgeValidFrom() {
        return "bridge__record_valid_from";
    }

    /** {@code bridge__record_valid_to}. */
    public String bridgeValidTo() {
        return "bridge__record_valid_to";
    }

    /**
     * {@code bridge__record_loaded_at}: the latest load that contributed to a bridge row (the
     * child version's update and every joined parent bridge row's own such load).
     */
    public String bridgeLoadedAt() {
        return "bridge__record_loaded_at";
    }

    /** {@code bridge__is_current}. */
    public String bridgeIsCurrent() {
        return "bridge__is_current";
    }

    // ---- events and calendar -----------------------------------------------------------------

    /** {@code event__<name>}. */
    public String eventFlag(String event) {
        return "event__" + event;
    }

    /** The internal column of an event bridge that holds the {@code index}-th event's date (0-based). */
    public String eventValue(int index) {
        return "__event_" + index;
    }

    /** {@code _hook__epoch__date}. */
    public String dateHook() {
        return HOOK_PREFIX + dateKeyset();
    }

    /** {@code epoch__date}: the keyset of date hooks. */
    public String dateKeyset() {
        return "epoch__date";
    }

    /** {@code _event__date}: the event date itself, which the calendar's range is read from. */
    public String eventDate() {
        return "_event__date";
    }

    /** A calendar attribute column: {@code <calendar>__<attribute>}. */
    public String calendarColumn(String attribute) {
        return naming.calendar().replaceFirst("^_+", "") + "__" + attribute;
    }

    /** The key of ghost records. */
    public String ghostKey() {
        return "ghost_record";
    }

    /** The text of ghost records' text columns. */
    public String ghostText() {
        return "N/A";
    }

    /** The record columns of a frame, in order. */
    public enum RecordColumn {
        LOADED_AT("loaded_at"),
        UPDATED_AT("updated_at"),
        VALID_FROM("valid_from"),
        VALID_TO("valid_to"),
        VERSION("version"),
        IS_CURRENT("is_current"),
        HASH("hash");

        private final String suffix;

        RecordColumn(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }
}
