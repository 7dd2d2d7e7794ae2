package io.hooklake.generator;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Project;
import io.hooklake.model.Schemas;
import io.hooklake.model.Table;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A test stand-in for the real SQL rendering: builds the seven model kinds of each project with
 * SQL of the shape and size the real templates produce (CTEs, windows, QUALIFY, UNION ALL BY NAME,
 * casts, md5, UNNEST, generate_series), reading exactly the declared upstream. Its templates are
 * under {@code io/hooklake/generator/templates/synthetic/} in the test resources.
 */
public final class SyntheticModelSetBuilder implements ModelSetBuilder {

    public static final String DIALECT = "synthetic";

    @Override
    public String dialect() {
        return DIALECT;
    }

    private static final List<String> LIB = List.of("lib/hook.ftl");

    @Override
    public ModelSet build(Project project) {
        Schemas schemas = project.settings().schemas();
        Map<KeysetName, Frame> byPrimaryKeyset = new HashMap<>();
        for (Frame frame : project.frames()) {
            frame.primaryHook().filter(Hook.class::isInstance).map(Hook.class::cast)
                    .ifPresent(h -> byPrimaryKeyset.put(h.keyset(), frame));
        }
        List<Model> models = new ArrayList<>();
        List<FrameReference> references = new ArrayList<>();
        List<ModelName> events = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Frame frame : project.frames()) {
            Table table = project.table(frame);
            List<FrameReference> refs = new ArrayList<>();
            for (Hook hook : frame.foreignHooks()) {
                Frame to = byPrimaryKeyset.get(hook.keyset());
                if (to != null) {
                    refs.add(new FrameReference(frame.name(), hook.name(), hook.role(), to.name(), !to.name().equals(frame.name())));
                }
            }
            references.addAll(refs);
            refs.stream().filter(r -> !r.cascaded()).forEach(r -> diagnostics.add(Diagnostic.warning(ErrorCode.SELF_REFERENCE, frame.location(),
                    "reference of frame " + frame.name() + " through " + r.hook() + " is not cascaded: it is a self-reference")));
            ModelName landed = new ModelName(schemas.das(), "landed__" + frame.source() + "__" + table.name());
            ModelName raw = new ModelName(schemas.das(), "raw__" + frame.source() + "__" + table.name());
            ModelName frameModel = new ModelName(schemas.dab(), "frame__" + frame.name());
            ModelName bridge = new ModelName(schemas.darStaging(), "bridge__" + frame.name());
            ModelName event = new ModelName(schemas.darStaging(), "event__" + frame.name());
            ModelName peripheral = new ModelName(schemas.dar(), frame.name().value());
            events.add(event);
            models.add(model(raw, ModelKind.RAW, Materialization.VIEW, List.of(landed), rawSql(table, landed), "raw.ftl", frame));
            models.add(model(frameModel, ModelKind.FRAME, Materialization.INCREMENTAL, List.of(raw), frameSql(frame, table, raw),
                    "frame.ftl", frame));
            List<ModelName> parentBridges = refs.stream().filter(FrameReference::cascaded)
                    .map(r -> new ModelName(schemas.darStaging(), "bridge__" + r.to())).distinct().sorted().toList();
            List<ModelName> bridgeUp = new ArrayList<>(parentBridges);
            bridgeUp.add(frameModel);
            models.add(model(bridge, ModelKind.BRIDGE, Materialization.INCREMENTAL, bridgeUp,
                    bridgeSql(frame, refs, frameModel, schemas), "bridge.ftl", frame));
            models.add(model(event, ModelKind.EVENT_BRIDGE, Materialization.INCREMENTAL, List.of(bridge, frameModel),
                    eventSql(frame, bridge, frameModel), "event.ftl", frame));
            models.add(model(peripheral, ModelKind.PERIPHERAL, Materialization.VIEW, List.of(frameModel),
                    peripheralSql(frame, frameModel), "peripheral.ftl", frame));
        }
        ModelName unified = new ModelName(schemas.dar(), project.settings().naming().unifiedBridge());
        ModelName calendar = new ModelName(schemas.dar(), project.settings().naming().calendar());
        String unifiedSql = events.isEmpty()
                ? "SELECT NULL AS peripheral WHERE false\n"
                : events.stream().map(e -> "SELECT '" + e.name() + "' AS peripheral, *\nFROM " + e.qualified())
                        .collect(Collectors.joining("\nUNION ALL BY NAME\n")) + "\n";
        models.add(new Model(unified, ModelKind.UNIFIED_BRIDGE, Materialization.VIEW, events.stream().sorted().toList(),
                List.of(new ModelColumn("peripheral", "VARCHAR", "which peripheral")), List.of(), unifiedSql,
                List.of("unified.ftl"), Optional.empty()));
        models.add(new Model(calendar, ModelKind.CALENDAR, Materialization.TABLE, events.isEmpty() ? List.of() : List.of(unified),
                List.of(new ModelColumn("_hook__epoch__date", "VARCHAR", "the date's hook"),
                        new ModelColumn("date", "DATE", "the date")),
                List.of("_hook__epoch__date"), calendarSql(events.isEmpty() ? null : unified), List.of("calendar.ftl"),
                Optional.empty()));
        return new ModelSet(models, references, diagnostics);
    }

    private static Model model(ModelName name, ModelKind kind, Materialization materialization, List<ModelName> upstream,
            String sql, String template, Frame frame) {
        List<String> templates = new ArrayList<>(LIB);
        templates.add(template);
        templates.sort(null);
        return new Model(name, kind, materialization, upstream.stream().sorted().toList(),
                List.of(new ModelColumn("_hook__" + frame.prefix(), "VARCHAR", "the primary hook")),
                List.of("_hook__" + frame.prefix()), sql, templates, Optional.of(frame.location()));
    }

    private static String rawSql(Table table, ModelName landed) {
        return "SELECT\n" + table.columns().stream().map(c -> "    \"" + c.name() + "\"::" + c.type() + " AS \"" + c.name() + "\"")
                .collect(Collectors.joining(",\n")) + "\nFROM " + landed.qualified() + "\n";
    }

    private static String frameSql(Frame frame, Table table, ModelName raw) {
        String p = frame.prefix();
        String payload = table.payload().stream().map(c -> "\"" + c.name() + "\"::VARCHAR").collect(Collectors.joining(", "));
        String hooks = frame.hooks().stream().map(h -> "        CASE WHEN " + value(h) + " IS NULL THEN NULL ELSE '"
                + h.keyset() + "|' || " + value(h) + "::VARCHAR END AS " + h.name()).collect(Collectors.joining(",\n"));
        String columns = table.columns().stream().map(c -> "        \"" + c.name() + "\" AS " + p + "__" + c.name())
                .collect(Collectors.joining(",\n"));
        String grain = frame.primaryHook().map(HookDefinition::name).map(Object::toString).orElseThrow();
        return "WITH staged AS (\n    SELECT\n" + hooks + ",\n" + columns + ",\n"
                + "        md5(concat_ws('~', " + payload + ")) AS " + p + "__record_hash,\n"
                + "        \"" + table.loadColumn() + "\" AS " + p + "__record_loaded_at\n"
                + "    FROM " + raw.qualified() + "\n),\nchanged AS (\n    SELECT *\n    FROM staged\n"
                + "    QUALIFY lag(" + p + "__record_hash) OVER (PARTITION BY " + grain + " ORDER BY " + p
                + "__record_loaded_at) IS DISTINCT FROM " + p + "__record_hash\n)\n"
                + "SELECT\n    *,\n"
                + "    row_number() OVER (PARTITION BY " + grain + " ORDER BY " + p + "__record_loaded_at) AS " + p + "__record_version,\n"
                + "    CASE WHEN row_number() OVER (PARTITION BY " + grain + " ORDER BY " + p
                + "__record_loaded_at) = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE " + p + "__record_loaded_at END AS "
                + p + "__record_valid_from,\n"
                + "    COALESCE(lead(" + p + "__record_loaded_at) OVER (PARTITION BY " + grain + " ORDER BY " + p
                + "__record_loaded_at), TIMESTAMP '9999-12-31 23:59:59') AS " + p + "__record_valid_to,\n"
                + "    " + grain + " || '~epoch__valid_from|' || " + p + "__record_loaded_at::VARCHAR AS _pit" + grain.substring(1) + "\n"
                + "FROM changed\n";
    }

    private static String bridgeSql(Frame frame, List<FrameReference> refs, ModelName frameModel, Schemas schemas) {
        String p = frame.prefix();
        StringBuilder sql = new StringBuilder("SELECT\n    f.*");
        StringBuilder joins = new StringBuilder();
        int n = 0;
        for (FrameReference ref : refs.stream().filter(FrameReference::cascaded).toList()) {
            n++;
            sql.append(",\n    b").append(n).append(".* EXCLUDE (valid_from, valid_to)");
            joins.append("LEFT JOIN ").append(schemas.darStaging()).append(".bridge__").append(ref.to()).append(" AS b").append(n)
                    .append("\n    ON f.").append(ref.hook()).append(" = b").append(n).append("._hook__").append(ref.to())
                    .append("\n    AND f.").append(p).append("__record_valid_from < b").append(n).append(".valid_to")
                    .append("\n    AND b").append(n).append(".valid_from < f.").append(p).append("__record_valid_to\n");
        }
        sql.append(",\n    greatest(f.").append(p).append("__record_valid_from")
                .append(n == 0 ? "" : ", " + IntStream.rangeClosed(1, n).mapToObj(i -> "b" + i + ".valid_from")
                        .collect(Collectors.joining(", "))).append(") AS valid_from");
        sql.append(",\n    least(f.").append(p).append("__record_valid_to")
                .append(n == 0 ? "" : ", " + IntStream.rangeClosed(1, n).mapToObj(i -> "b" + i + ".valid_to")
                        .collect(Collectors.joining(", "))).append(") AS valid_to");
        return sql + "\nFROM " + frameModel.qualified() + " AS f\n" + joins;
    }

    private static String eventSql(Frame frame, ModelName bridge, ModelName frameModel) {
        String p = frame.prefix();
        return "WITH dates AS (\n    SELECT\n        _pit_hook__" + p + ",\n        unnest([{'event': 'created_on', 'day': "
                + p + "__created_on::DATE}]) AS e\n    FROM " + frameModel.qualified() + "\n)\n"
                + "SELECT\n    b.*,\n    d.e.day AS event_date,\n    'epoch__date|' || strftime(d.e.day, '%Y-%m-%d') AS _hook__epoch__date,\n"
                + "    d.e.event = 'created_on' AS event__created_on\n"
                + "FROM " + bridge.qualified() + " AS b\nLEFT JOIN dates AS d ON b._pit_hook__" + p + " = d._pit_hook__" + p + "\n";
    }

    private static String peripheralSql(Frame frame, ModelName frameModel) {
        String foreign = frame.foreignHooks().stream().map(h -> h.name().value()).collect(Collectors.joining(", "));
        return "SELECT *" + (foreign.isEmpty() ? "" : " EXCLUDE (" + foreign + ")") + "\nFROM " + frameModel.qualified() + "\n"
                + "UNION ALL BY NAME\nSELECT 'ghost_record' AS _pit_hook__" + frame.prefix() + "\n";
    }

    private static String calendarSql(ModelName unified) {
        if (unified == null) {
            return "SELECT d::DATE AS date, 'epoch__date|' || strftime(d, '%Y-%m-%d') AS _hook__epoch__date\n"
                    + "FROM generate_series(DATE '2000-01-01', DATE '2000-01-01', INTERVAL 1 DAY) AS g(d)\n";
        }
        return "SELECT\n    d::DATE AS date,\n    'epoch__date|' || strftime(d, '%Y-%m-%d') AS _hook__epoch__date,\n"
                + "    EXTRACT(year FROM d) AS year,\n    dayname(d) AS day_name\n"
                + "FROM generate_series(\n    (SELECT min(event_date) FROM " + unified.qualified() + "),\n"
                + "    (SELECT max(event_date) FROM " + unified.qualified() + "),\n    INTERVAL 1 DAY) AS g(d)\n";
    }

    private static String value(Hook hook) {
        if (hook.businessKey() instanceof ValueSource.ColumnRef column) {
            return "\"" + column.column() + "\"";
        }
        return "(" + ((ValueSource.SqlExpression) hook.businessKey()).sql() + ")";
    }
}
