package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.FrameName;
import io.hooklake.model.HookName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BridgeSqlTest {

    /** A point-in-time hook shortened to {@code <hook>@<valid_from date>}. */
    private static String shortPit(String column) {
        return "regexp_replace(" + column + ", '~epoch__valid_from\\|(\\d{4}-\\d{2}-\\d{2}).*', '@\\1')";
    }

    private static String day(String column) {
        return "strftime(" + column + ", '%Y-%m-%d')";
    }

    private BuiltLakehouse geo;
    private BuiltLakehouse org;
    private BuiltLakehouse retail;

    @BeforeAll
    void build() {
        geo = BuiltLakehouse.of(TestProjects.readablePits("geo"), Loads::geo);
        org = BuiltLakehouse.of(TestProjects.readablePits("org"), Loads::org);
        retail = BuiltLakehouse.of(TestProjects.readablePits("retail"), Loads::retail);
    }

    @AfterAll
    void close() {
        geo.close();
        org.close();
        retail.close();
    }

    @Test
    void eachRoleOfAReferenceGetsItsOwnCascadedColumnsWithTheRightValues() {
        List<Map<String, Object>> rows = geo.lake().rows("SELECT " + day("bridge__record_valid_from") + " AS f, "
                + day("bridge__record_valid_to") + " AS t, "
                + shortPit("_pit_hook__address__billing") + " AS ab, " + shortPit("_pit_hook__state__billing") + " AS sb, "
                + shortPit("_pit_hook__country__billing") + " AS cb, " + shortPit("_pit_hook__address__shipping") + " AS a_s, "
                + shortPit("_pit_hook__state__shipping") + " AS ss, " + shortPit("_pit_hook__country__shipping") + " AS cs"
                + " FROM " + geo.relation(ModelKind.BRIDGE, "geo__orders") + " WHERE _hook__order = 'order__geo|100' ORDER BY f");
        assertThat(rows).extracting(r -> r.get("f"), r -> r.get("t"), r -> r.get("ab"), r -> r.get("sb"), r -> r.get("cb"),
                r -> r.get("a_s"), r -> r.get("ss"), r -> r.get("cs")).containsExactly(
                        tuple("1970-01-01", "2024-02-01", "address__geo|10@1970-01-01", "state__geo|1@1970-01-01",
                                "country__geo|NL@1970-01-01", "address__geo|11@1970-01-01", "state__geo|3@1970-01-01",
                                "country__geo|BE@1970-01-01"),
                        tuple("2024-02-01", "2024-03-01", "address__geo|10@1970-01-01", "state__geo|1@1970-01-01",
                                "country__geo|NL@1970-01-01", "address__geo|11@2024-02-01", "state__geo|3@1970-01-01",
                                "country__geo|BE@1970-01-01"),
                        tuple("2024-03-01", "9999-12-31", "address__geo|10@2024-03-01", "state__geo|2@2024-03-01",
                                "country__geo|NL@2024-03-01", "address__geo|11@2024-02-01", "state__geo|3@1970-01-01",
                                "country__geo|BE@1970-01-01"));
    }

    @Test
    void aParentVersionChangeSplitsTheChildVersionIntoIntersectedIntervals() {
        // State 1 has one version, but its country NL is renamed at L3: two bridge rows.
        assertThat(geo.lake().rows("SELECT " + day("bridge__record_valid_from") + " AS f, " + day("bridge__record_valid_to")
                + " AS t, " + shortPit("_pit_hook__state") + " AS s, " + shortPit("_pit_hook__country") + " AS c FROM "
                + geo.relation(ModelKind.BRIDGE, "geo__states") + " WHERE _hook__state = 'state__geo|1' ORDER BY f"))
                .extracting(r -> r.get("f"), r -> r.get("t"), r -> r.get("s"), r -> r.get("c")).containsExactly(
                        tuple("1970-01-01", "2024-03-01", "state__geo|1@1970-01-01", "country__geo|NL@1970-01-01"),
                        tuple("2024-03-01", "9999-12-31", "state__geo|1@1970-01-01", "country__geo|NL@2024-03-01"));
    }

    @Test
    void aParentThatNeverExistsOrANullHookLeavesTheParentColumnsNullButKeepsTheRow() {
        assertThat(geo.lake().rows("SELECT _hook__address AS a, _pit_hook__state AS s, _pit_hook__country AS c, "
                + day("bridge__record_valid_from") + " AS f, " + day("bridge__record_valid_to") + " AS t FROM "
                + geo.relation(ModelKind.BRIDGE, "geo__addresses")
                + " WHERE _hook__address IN ('address__geo|12', 'address__geo|13') ORDER BY a"))
                .extracting(r -> r.get("a"), r -> r.get("s"), r -> r.get("c"), r -> r.get("f"), r -> r.get("t"))
                .containsExactly(tuple("address__geo|12", null, null, "1970-01-01", "9999-12-31"),
                        tuple("address__geo|13", null, null, "1970-01-01", "9999-12-31"));
    }

    @Test
    void timeThatNoParentRowCoversGetsItsOwnRowWithNullParentColumns() {
        try (BuiltLakehouse fresh = BuiltLakehouse.of(TestProjects.readablePits("geo"), Loads::geo)) {
            String states = fresh.relation(ModelKind.BRIDGE, "geo__states");
            // A parent bridge in which state 1 has no row before L2: a gap in the parent's time line.
            fresh.lake().execute("CREATE OR REPLACE TABLE " + states + " AS SELECT * FROM " + states
                    + " WHERE _hook__state <> 'state__geo|1' UNION ALL BY NAME SELECT 'geo__states' AS peripheral,"
                    + " 'handmade' AS _pit_hook__bridge, 'state__geo|1~handmade' AS _pit_hook__state,"
                    + " 'country__geo|NL~handmade' AS _pit_hook__country, 'state__geo|1' AS _hook__state,"
                    + " 'country__geo|NL' AS _hook__country, " + Loads.L2 + " AS bridge__record_valid_from,"
                    + " TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__record_valid_to, true AS bridge__is_current");
            Model addresses = fresh.model(ModelKind.BRIDGE, "geo__addresses");
            fresh.lake().create(addresses);
            assertThat(fresh.lake().rows("SELECT " + day("bridge__record_valid_from") + " AS f, "
                    + day("bridge__record_valid_to") + " AS t, _pit_hook__state AS s FROM "
                    + fresh.relation(addresses.name()) + " WHERE _hook__address = 'address__geo|10' ORDER BY f"))
                    .extracting(r -> r.get("f"), r -> r.get("t"), r -> r.get("s")).containsExactly(
                            tuple("1970-01-01", "2024-02-01", null),
                            tuple("2024-02-01", "2024-03-01", "state__geo|1~handmade"),
                            tuple("2024-03-01", "9999-12-31", "state__geo|2~epoch__valid_from|2024-03-01 00:00:00.000000"));
        }
    }

    @Test
    void bridgePointInTimeHookIsUniqueAndNeverNullInEveryBridgeAndEventBridge() {
        for (BuiltLakehouse built : List.of(geo, org, retail)) {
            for (Model model : built.models().models()) {
                if (model.kind() != ModelKind.BRIDGE && model.kind() != ModelKind.EVENT_BRIDGE) {
                    continue;
                }
                String relation = built.relation(model.name());
                assertThat(built.lake().count("SELECT * FROM " + relation)).as("rows of %s", relation).isPositive();
                assertThat(built.lake().count("SELECT _pit_hook__bridge FROM " + relation
                        + " GROUP BY _pit_hook__bridge HAVING count(*) > 1 OR _pit_hook__bridge IS NULL"))
                        .as("duplicate _pit_hook__bridge in %s", relation).isZero();
            }
        }
    }

    @Test
    void bridgeRowsOfOneVersionTileItsIntervalWithoutOverlap() {
        for (BuiltLakehouse built : List.of(geo, org, retail)) {
            for (Model model : built.models(ModelKind.BRIDGE)) {
                String own = model.columns().get(2).name();
                String relation = built.relation(model.name());
                assertThat(built.lake().count("SELECT * FROM (SELECT bridge__record_valid_to AS t, lead(bridge__record_valid_from)"
                        + " OVER (PARTITION BY " + own + " ORDER BY bridge__record_valid_from) AS next FROM " + relation
                        + ") WHERE next IS NOT NULL AND next <> t")).as("tiling of %s", relation).isZero();
            }
        }
    }

    @Test
    void aCompositeHookReferencesTheFrameWhoseCompositePrimaryHookHasTheSameParts() {
        try (BuiltLakehouse keys = BuiltLakehouse.of(TestProjects.readablePits("keys"), Loads::keys)) {
            assertThat(keys.models().references()).filteredOn(r -> r.from().equals(FrameName.of("shop__order_lines")))
                    .extracting(FrameReference::hook, FrameReference::to)
                    .containsExactly(tuple(HookName.of("_hook__product__vendor"), FrameName.of("shop__product_vendors")));
            assertThat(keys.lake().rows("SELECT _hook__order_line AS l, " + shortPit("_pit_hook__product__vendor") + " AS pv, "
                    + day("bridge__record_valid_from") + " AS f FROM " + keys.relation(ModelKind.BRIDGE, "shop__order_lines")
                    + " ORDER BY l, f")).extracting(r -> r.get("l"), r -> r.get("pv"), r -> r.get("f")).containsExactly(
                            tuple("order_line__shop|1", "product__shop|1~vendor__shop|ACME@1970-01-01", "1970-01-01"),
                            tuple("order_line__shop|1", "product__shop|1~vendor__shop|ACME@2024-02-01", "2024-02-01"),
                            tuple("order_line__shop|2", null, "1970-01-01"));
        }
    }

    @ParameterizedTest(name = "{0} hooks")
    @EnumSource(HookStorage.class)
    void hashedHooksStillFindTheirParentsIncludingThroughCompositeHooks(HookStorage storage) {
        try (BuiltLakehouse hashed = BuiltLakehouse.of(TestProjects.withStorage(TestProjects.load("keys"), storage),
                Loads::keys); BuiltLakehouse geoHashed = BuiltLakehouse.of(
                        TestProjects.withStorage(TestProjects.load("geo"), storage), Loads::geo)) {
            assertThat(hashed.lake().count("SELECT * FROM " + hashed.relation(ModelKind.BRIDGE, "shop__order_lines")
                    + " WHERE _pit_hook__product__vendor IS NOT NULL")).isEqualTo(2);
            assertThat(geoHashed.lake().count("SELECT * FROM " + geoHashed.relation(ModelKind.BRIDGE, "geo__orders")
                    + " WHERE _pit_hook__country__billing IS NOT NULL")).isEqualTo(
                            geo.lake().count("SELECT * FROM " + geo.relation(ModelKind.BRIDGE, "geo__orders")
                                    + " WHERE _pit_hook__country__billing IS NOT NULL"));
        }
    }

    @Test
    void diamondKeepsTheShortestPathDropsTheOtherAndWarnsWithoutRenamedColumns() {
        Model stores = retail.model(ModelKind.BRIDGE, "retail__stores");
        assertThat(stores.columns()).extracting(ModelColumn::name).containsExactly("peripheral", "_pit_hook__bridge",
                "_pit_hook__store", "_pit_hook__country", "_pit_hook__region", "_hook__store", "_hook__country",
                "_hook__region", "bridge__record_valid_from", "bridge__record_valid_to", "bridge__is_current",
                "bridge__record_loaded_at");
        assertThat(retail.lake().rows("SELECT DISTINCT " + shortPit("_pit_hook__region") + " AS r FROM "
                + retail.relation(stores.name()) + " WHERE bridge__is_current"))
                .extracting(r -> r.get("r")).containsExactly("region__retail|20@1970-01-01");
        assertThat(retail.models().diagnostics()).filteredOn(d -> d.code() == ErrorCode.DIAMOND)
                .singleElement().extracting(Diagnostic::message).asString()
                .contains("'_pit_hook__region'", "retail__stores._hook__region -> retail__regions",
                        "retail__stores._hook__country -> retail__countries._hook__region -> retail__regions");
    }

    @Test
    void aHookMatchingThePrimaryHooksOfSeveralFramesRefersToTheFirstByNameAndWarns() {
        assertThat(retail.models().references()).filteredOn(r -> r.hook().equals(HookName.of("_hook__region")))
                .extracting(FrameReference::to).containsOnly(FrameName.of("retail__regions"));
        assertThat(retail.models().diagnostics()).filteredOn(d -> d.code() == ErrorCode.AMBIGUOUS_REFERENCE).hasSize(2);
    }

    @Test
    void selfReferencesAndCycleClosingReferencesCarryOneStepAndAreReported() {
        assertThat(org.models().references()).containsExactly(
                new FrameReference(FrameName.of("org__departments"), HookName.of("_hook__employee__head"),
                        Optional.of("head"), FrameName.of("org__employees"), true),
                new FrameReference(FrameName.of("org__employees"), HookName.of("_hook__employee__manager"),
                        Optional.of("manager"), FrameName.of("org__employees"), false),
                new FrameReference(FrameName.of("org__employees"), HookName.of("_hook__department"),
                        Optional.empty(), FrameName.of("org__departments"), false));
        assertThat(org.models().diagnostics()).extracting(d -> d.code().code()).containsExactlyInAnyOrder("LH202", "LH203");
        assertThat(org.model(ModelKind.BRIDGE, "org__employees").columns()).extracting(ModelColumn::name)
                .filteredOn(n -> n.startsWith("_pit_hook__")).containsExactly("_pit_hook__bridge", "_pit_hook__employee",
                        "_pit_hook__employee__manager", "_pit_hook__department");
        assertThat(org.lake().rows("SELECT " + shortPit("_pit_hook__employee__manager") + " AS m FROM "
                + org.relation(ModelKind.BRIDGE, "org__employees") + " WHERE _hook__employee = 'employee__org|102' ORDER BY bridge__record_valid_from"))
                .extracting(r -> r.get("m")).containsExactly("employee__org|101@1970-01-01", "employee__org|100@1970-01-01");
        assertThat(org.lake().rows("SELECT _hook__employee__manager AS m FROM "
                + org.relation(ModelKind.BRIDGE, "org__employees") + " WHERE _hook__employee = 'employee__org|102' ORDER BY bridge__record_valid_from"))
                .extracting(r -> r.get("m")).containsExactly("employee__org|101", "employee__org|100");
        assertThat(org.lake().rows("SELECT " + shortPit("_pit_hook__employee__head") + " AS h FROM "
                + org.relation(ModelKind.BRIDGE, "org__departments") + " WHERE _hook__department = 'department__org|1'"
                + " ORDER BY bridge__record_valid_from"))
                .extracting(r -> r.get("h")).containsExactly("employee__org|100@1970-01-01", "employee__org|102@2024-02-01");
    }
}
