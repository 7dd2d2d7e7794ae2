package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Event bridges, peripherals, the unified bridge and the calendar of the geo project. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DarSqlTest {

    private BuiltLakehouse geo;
    private BuiltLakehouse keys;

    @BeforeAll
    void build() {
        geo = BuiltLakehouse.of(TestProjects.readablePits("geo"), Loads::geo);
        keys = BuiltLakehouse.of(TestProjects.readablePits("keys"), Loads::keys);
    }

    @AfterAll
    void close() {
        geo.close();
        keys.close();
    }

    @Test
    void eachBridgeRowAppearsOncePerDistinctEventDateWithAFlagPerEvent() {
        List<Map<String, Object>> rows = geo.lake().rows("SELECT _hook__order AS o, strftime(bridge__record_valid_from, '%Y-%m-%d') AS f,"
                + " _hook__epoch__date AS d, event__order_date AS od, event__ship_date AS sd, event__due AS due FROM "
                + geo.relation(ModelKind.EVENT_BRIDGE, "geo__orders")
                + " WHERE _hook__order IN ('order__geo|100', 'order__geo|103') ORDER BY o, f, d");
        assertThat(rows).extracting(r -> r.get("o"), r -> r.get("f"), r -> r.get("d"), r -> r.get("od"), r -> r.get("sd"),
                r -> r.get("due")).containsExactly(
                        tuple("order__geo|100", "1970-01-01", "epoch__date|2024-01-05", "true", "false", "false"),
                        tuple("order__geo|100", "1970-01-01", "epoch__date|2024-02-04", "false", "false", "true"),
                        tuple("order__geo|100", "2024-02-01", "epoch__date|2024-01-05", "true", "false", "false"),
                        tuple("order__geo|100", "2024-02-01", "epoch__date|2024-01-10", "false", "true", "false"),
                        tuple("order__geo|100", "2024-02-01", "epoch__date|2024-02-04", "false", "false", "true"),
                        tuple("order__geo|100", "2024-03-01", "epoch__date|2024-01-05", "true", "false", "false"),
                        tuple("order__geo|100", "2024-03-01", "epoch__date|2024-01-10", "false", "true", "false"),
                        tuple("order__geo|100", "2024-03-01", "epoch__date|2024-02-04", "false", "false", "true"),
                        tuple("order__geo|103", "1970-01-01", "epoch__date|2024-04-02", "true", "true", "false"),
                        tuple("order__geo|103", "1970-01-01", "epoch__date|2024-05-02", "false", "false", "true"));
    }

    @Test
    void aBridgeRowWithoutEventDateAppearsOnceWithNoDateAndEveryFlagFalse() {
        List<Map<String, Object>> rows = geo.lake().rows("SELECT e._pit_hook__bridge = b._pit_hook__bridge AS same_key,"
                + " e._hook__epoch__date AS d, e.event__order_date OR e.event__ship_date OR e.event__due AS any_flag FROM "
                + geo.relation(ModelKind.EVENT_BRIDGE, "geo__orders") + " AS e JOIN "
                + geo.relation(ModelKind.BRIDGE, "geo__orders") + " AS b ON b._pit_hook__order = e._pit_hook__order"
                + " WHERE e._hook__order = 'order__geo|102'");
        assertThat(rows).extracting(r -> r.get("same_key"), r -> r.get("d"), r -> r.get("any_flag"))
                .containsExactly(tuple("true", null, "false"));
        assertThat(geo.lake().count("SELECT * FROM " + geo.relation(ModelKind.EVENT_BRIDGE, "geo__addresses")))
                .as("a frame without dates: one event row per bridge row")
                .isEqualTo(geo.lake().count("SELECT * FROM " + geo.relation(ModelKind.BRIDGE, "geo__addresses")));
    }

    @Test
    void timestampColumnsAreEventsWhenAskedAndLoadIdsAreNot() {
        Model events = keys.model(ModelKind.EVENT_BRIDGE, "shop__visits");
        assertThat(keys.model(ModelKind.EVENT_BRIDGE, "shop__customers").columns()).extracting(ModelColumn::name)
                .filteredOn(n -> n.startsWith("event__")).containsExactly("event__last_seen", "event__signed_up_at");
        keys.lake().execute("SET TimeZone = 'Pacific/Auckland'");
        try {
            keys.lake().create(keys.model(ModelKind.EVENT_BRIDGE, "shop__customers"));
            assertThat(keys.lake().rows("SELECT DISTINCT _hook__epoch__date AS d FROM "
                    + keys.relation(ModelKind.EVENT_BRIDGE, "shop__customers") + " WHERE event__last_seen"))
                    .as("a time-zoned timestamp's day is its day in UTC, whatever the session's zone")
                    .extracting(r -> r.get("d")).containsExactly("epoch__date|2024-01-01");
        } finally {
            keys.lake().execute("RESET TimeZone");
        }
        assertThat(events.columns()).extracting(ModelColumn::name).filteredOn(n -> n.startsWith("event__")).isEmpty();
    }

    @Test
    void anExplicitEventReplacesTheColumnEventOfTheSameNameWithAWarning() {
        Model events = keys.model(ModelKind.EVENT_BRIDGE, "shop__customers");
        assertThat(keys.lake().rows("SELECT DISTINCT _hook__epoch__date AS d FROM " + keys.relation(events.name())
                + " WHERE _hook__customer = 'customer__shop|1' AND event__signed_up_at")).extracting(r -> r.get("d"))
                .containsExactly("epoch__date|2024-01-01");
        assertThat(keys.models().diagnostics()).filteredOn(d -> d.code() == ErrorCode.EVENT_REPLACED).singleElement()
                .extracting(d -> d.message()).asString().contains("'signed_up_at'", "shop__customers");
    }

    @Test
    void everyPeripheralHasOneGhostRecordAndKeepsOnlyItsPrimaryHook() {
        NamingStrategy naming = new NamingStrategy(geo.project().settings());
        for (Frame frame : geo.project().frames()) {
            Model peripheral = geo.model(ModelKind.PERIPHERAL, frame.name().value());
            String pit = naming.pitHook(frame);
            assertThat(peripheral.columns()).extracting(ModelColumn::name).filteredOn(n -> n.startsWith("_hook__"))
                    .containsExactly(frame.primaryHook().orElseThrow().name().value());
            List<Map<String, Object>> ghosts = geo.lake().rows("SELECT * FROM " + geo.relation(peripheral.name())
                    + " WHERE " + pit + " = 'ghost_record'");
            assertThat(ghosts).as("ghost of %s", peripheral.name()).hasSize(1);
            Map<String, Object> ghost = ghosts.get(0);
            String prefix = frame.prefix();
            assertThat(ghost.get(prefix + "__record_valid_from")).isEqualTo("1970-01-01 00:00:00.0");
            assertThat(ghost.get(prefix + "__record_valid_to")).isEqualTo("9999-12-31 23:59:59.999999");
            assertThat(ghost.get(prefix + "__record_version")).isNull();
            assertThat(geo.lake().count("SELECT * FROM " + geo.relation(peripheral.name())))
                    .isEqualTo(1 + geo.lake().count("SELECT * FROM " + geo.relation(geo.model(ModelKind.FRAME,
                            frame.name().value()).name())));
        }
        Map<String, Object> order = geo.lake().rows("SELECT * FROM " + geo.relation(ModelKind.PERIPHERAL, "geo__orders")
                + " WHERE _pit_hook__order = 'ghost_record'").get(0);
        assertThat(order.get("order__status")).isEqualTo("N/A");
        assertThat(order.get("order__amount")).isNull();
        assertThat(order.get("order__order_date")).isNull();
        assertThat(order.get("_hook__order")).isEqualTo("ghost_record");
    }

    @Test
    void unifiedBridgeStacksEveryEventBridgeAndFillsMissingHooksWithTheGhostRecord() {
        String unified = geo.relation(ModelKind.UNIFIED_BRIDGE, "_bridge__as_of");
        long stacked = geo.models(ModelKind.EVENT_BRIDGE).stream()
                .mapToLong(m -> geo.lake().count("SELECT * FROM " + geo.relation(m.name()))).sum();
        assertThat(geo.lake().count("SELECT * FROM " + unified)).isEqualTo(stacked);
        assertThat(geo.lake().rows("SELECT DISTINCT _pit_hook__order AS o, event__due AS due FROM " + unified
                + " WHERE peripheral = 'geo__countries'")).extracting(r -> r.get("o"), r -> r.get("due"))
                .containsExactly(tuple("ghost_record", "false"));
        assertThat(geo.lake().count("SELECT _pit_hook__bridge FROM " + unified
                + " GROUP BY _pit_hook__bridge HAVING count(*) > 1")).isZero();
        assertThat(geo.model(ModelKind.UNIFIED_BRIDGE, "_bridge__as_of").columns()).extracting(ModelColumn::name)
                .doesNotContain("_hook__order", "_event__date");
    }

    @Test
    void unifiedBridgeGivesTheGhostRecordWhereAnEventBridgeHoldsNoParent() {
        String unified = geo.relation(ModelKind.UNIFIED_BRIDGE, "_bridge__as_of");
        String orders = geo.relation(ModelKind.EVENT_BRIDGE, "event__geo__orders");
        long withoutBillingAddress = geo.lake().count(
                "SELECT * FROM " + orders + " WHERE _pit_hook__address__billing IS NULL");
        assertThat(withoutBillingAddress).as("fixture has orders without a billing address version").isPositive();

        assertThat(geo.lake().count("SELECT * FROM " + unified + " WHERE peripheral = 'geo__orders'"
                + " AND _pit_hook__address__billing = 'ghost_record'")).isEqualTo(withoutBillingAddress);
        String anyNull = geo.model(ModelKind.UNIFIED_BRIDGE, "_bridge__as_of").columns().stream()
                .map(ModelColumn::name).filter(c -> c.startsWith("_pit_hook__"))
                .map(c -> c + " IS NULL").reduce((a, b) -> a + " OR " + b).orElseThrow();
        assertThat(geo.lake().count("SELECT * FROM " + unified + " WHERE " + anyNull)).isZero();
    }

    @Test
    void calendarHasOneRowPerDayOverTheEventDatesWithItsAttributes() {
        String calendar = geo.relation(ModelKind.CALENDAR, "calendar");
        assertThat(geo.lake().rows("SELECT count(*) AS n, min(calendar__date) AS first, max(calendar__date) AS last,"
                + " count(DISTINCT _hook__epoch__date) AS keys FROM " + calendar))
                .extracting(r -> r.get("n"), r -> r.get("first"), r -> r.get("last"), r -> r.get("keys"))
                .containsExactly(tuple("119", "2024-01-05", "2024-05-02", "119"));
        assertThat(geo.lake().rows("SELECT * FROM " + calendar + " WHERE calendar__date = DATE '2024-01-06'"))
                .extracting(r -> r.get("_hook__epoch__date"), r -> r.get("calendar__year"), r -> r.get("calendar__quarter"),
                        r -> r.get("calendar__month_name"), r -> r.get("calendar__day_of_week"),
                        r -> r.get("calendar__day_name"), r -> r.get("calendar__iso_week"),
                        r -> r.get("calendar__is_weekend"), r -> r.get("calendar__year_month"),
                        r -> r.get("calendar__year_quarter"))
                .containsExactly(tuple("epoch__date|2024-01-06", "2024", "1", "January", "6", "Saturday", "1", "true",
                        "2024-01", "2024-Q1"));
    }

    @Test
    void everyTableModelIsUniqueOnItsGrain() {
        for (BuiltLakehouse built : List.of(geo, keys)) {
            for (Model model : built.models().models()) {
                if (model.grain().isEmpty()) {
                    continue;
                }
                String grain = String.join(", ", model.grain());
                String relation = built.relation(model.name());
                assertThat(built.lake().count("SELECT " + grain + " FROM " + relation + " GROUP BY " + grain
                        + " HAVING count(*) > 1")).as("duplicates of %s in %s", grain, relation).isZero();
                assertThat(built.lake().count("SELECT * FROM " + relation + " WHERE "
                        + String.join(" IS NULL OR ", model.grain()) + " IS NULL"))
                        .as("NULL %s in %s", grain, relation).isZero();
            }
        }
    }
}
