package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Project;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameSqlTest {

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
    void nullBusinessKeyGivesNullHookNotAnEmptyKey() {
        List<Map<String, Object>> rows = geo.lake().rows("SELECT _hook__address__billing, _hook__address__shipping,"
                + " _hook__order__addresses FROM " + geo.relation(ModelKind.FRAME, "geo__orders")
                + " WHERE order__order_id = 101 ORDER BY order__record_version");
        assertThat(rows).extracting(r -> r.get("_hook__address__billing"), r -> r.get("_hook__address__shipping"),
                r -> r.get("_hook__order__addresses")).containsExactly(
                        tuple("address__geo|12", null, null),
                        tuple("address__geo|12", "address__geo|13", "address__geo|12~address__geo|13"));
        assertThat(geo.lake().value("SELECT _hook__state FROM " + geo.relation(ModelKind.FRAME, "geo__addresses")
                + " WHERE address__address_id = 13")).isNull();
    }

    @Test
    void expressionBusinessKeyIsNullWhenItsValueIsNull() {
        assertThat(keys.lake().rows("SELECT customer__customer_id AS id, _hook__vendor__email_domain AS domain FROM "
                + keys.relation(ModelKind.FRAME, "shop__customers") + " ORDER BY id, customer__record_version"))
                .extracting(r -> r.get("id"), r -> r.get("domain"))
                .containsExactly(tuple("1", "vendor__shop|example.com"), tuple("1", "vendor__shop|example.org"),
                        tuple("2", null));
    }

    @Test
    void rowsWithNullGrainAreLeftOut() {
        assertThat(geo.lake().count("SELECT * FROM " + geo.relation(ModelKind.FRAME, "geo__orders")
                + " WHERE order__order_id IS NULL")).isZero();
        assertThat(geo.lake().count("SELECT * FROM " + geo.relation(ModelKind.FRAME, "geo__countries")
                + " WHERE country__country_code IS NULL")).isZero();
        assertThat(keys.lake().count("SELECT * FROM " + keys.relation(ModelKind.FRAME, "shop__visits")
                + " WHERE visit__visit_no IS NULL OR visit__customer_id IS NULL")).isZero();
        assertThat(keys.lake().count("SELECT * FROM " + keys.relation(ModelKind.FRAME, "shop__product_vendors")))
                .as("product 2 has no vendor, so no composite primary hook").isEqualTo(2);
    }

    @Test
    void unchangedReloadMakesNoVersionAndChangeMakesAChainedVersion() {
        List<Map<String, Object>> rows = geo.lake().rows("SELECT country__country_code AS code, country__name AS name,"
                + " country__record_version AS version, country__record_valid_from AS valid_from,"
                + " country__record_valid_to AS valid_to, country__record_is_current AS current,"
                + " country__record_loaded_at AS loaded_at, country__record_updated_at AS updated_at, _pit_hook__country AS pit"
                + " FROM " + geo.relation(ModelKind.FRAME, "geo__countries") + " ORDER BY code, version");
        assertThat(rows).extracting(r -> r.get("code"), r -> r.get("name"), r -> r.get("version"),
                r -> r.get("valid_from"), r -> r.get("valid_to"), r -> r.get("current"), r -> r.get("loaded_at"),
                r -> r.get("updated_at"))
                .containsExactly(
                        tuple("BE", "Belgium", "1", "1970-01-01 00:00:00.0", "9999-12-31 23:59:59.999999", "true",
                                "2024-01-01 00:00:00.0", "2024-01-01 00:00:00.0"),
                        tuple("DE", "Germany", "1", "1970-01-01 00:00:00.0", "9999-12-31 23:59:59.999999", "true",
                                "2024-04-01 00:00:00.0", "2024-04-01 00:00:00.0"),
                        tuple("NL", "Netherlands", "1", "1970-01-01 00:00:00.0", "2024-03-01 00:00:00.0", "false",
                                "2024-01-01 00:00:00.0", "2024-03-01 00:00:00.0"),
                        tuple("NL", "The Netherlands", "2", "2024-03-01 00:00:00.0", "9999-12-31 23:59:59.999999",
                                "true", "2024-03-01 00:00:00.0", "2024-03-01 00:00:00.0"));
        assertThat(rows).extracting(r -> r.get("pit")).contains(
                "country__geo|NL~epoch__valid_from|1970-01-01 00:00:00.000000",
                "country__geo|NL~epoch__valid_from|2024-03-01 00:00:00.000000");
    }

    @Test
    void aRecordThatChangesBackIsANewVersionAndIdenticalDuplicatesInOneLoadCountOnce() {
        assertThat(geo.lake().rows("SELECT address__state_id AS state, address__record_version AS version FROM "
                + geo.relation(ModelKind.FRAME, "geo__addresses") + " WHERE address__address_id = 10 ORDER BY version"))
                .extracting(r -> r.get("state"), r -> r.get("version"))
                .containsExactly(tuple("1", "1"), tuple("2", "2"));
    }

    @Test
    void conflictingRowsOfOneGrainInOneLoadKeepTheSameRowWhateverTheirOrder() {
        Project project = TestProjects.readablePits("geo");
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        String picked = null;
        for (List<String> order : List.of(List.of("'BE', 'Belgium'", "'BE', 'Belgique'"),
                List.of("'BE', 'Belgique'", "'BE', 'Belgium'"))) {
            try (TestDatabase lake = new TestDatabase(project)) {
                lake.land("countries", Loads.L1, order.toArray(String[]::new));
                lake.create(set);
                List<Map<String, Object>> rows = lake.rows("SELECT country__name AS name FROM dab.frame__geo__countries");
                assertThat(rows).hasSize(1);
                String name = (String) rows.get(0).get("name");
                if (picked != null) {
                    assertThat(name).isEqualTo(picked);
                }
                picked = name;
            }
        }
    }

    @Test
    void aLoadAfterConflictingRowsIsComparedWithTheRowKept() {
        Project project = TestProjects.readablePits("geo");
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        String kept;
        try (TestDatabase lake = new TestDatabase(project)) {
            lake.land("countries", Loads.L1, "'BE', 'Belgium'", "'BE', 'Belgique'");
            lake.create(set);
            kept = (String) lake.rows("SELECT country__name AS name FROM dab.frame__geo__countries").get(0).get("name");
        }
        String other = kept.equals("Belgium") ? "Belgique" : "Belgium";
        for (String second : List.of(kept, other)) {
            try (TestDatabase lake = new TestDatabase(project)) {
                lake.land("countries", Loads.L1, "'BE', 'Belgium'", "'BE', 'Belgique'");
                lake.land("countries", Loads.L2, "'BE', '" + second + "'", "'BE', '" + second + "'");
                lake.land("countries", Loads.L3, "'BE', 'Belgium'", "'BE', 'Belgique'");
                lake.create(set);
                assertThat(lake.rows("SELECT country__name AS name, country__record_version AS version FROM"
                        + " dab.frame__geo__countries ORDER BY version"))
                        .as("load 2 brings %s after %s was kept from load 1; load 3 the same pair as load 1", second, kept)
                        .extracting(r -> r.get("name"), r -> r.get("version"))
                        .containsExactlyElementsOf(second.equals(kept) ? List.of(tuple(kept, "1"))
                                : List.of(tuple(kept, "1"), tuple(other, "2"), tuple(kept, "3")));
            }
        }
    }

    @Test
    void primaryHookKeyedPartlyByAnExpressionVersionsByTheWholeHookNotByItsColumnPart() {
        assertThat(keys.lake().rows("SELECT _hook__coupon__customer AS h, coupon_use__used AS used,"
                + " coupon_use__record_version AS v FROM " + keys.relation(ModelKind.FRAME, "shop__coupon_uses")
                + " ORDER BY h, v"))
                .extracting(r -> r.get("h"), r -> r.get("used"), r -> r.get("v")).containsExactly(
                        tuple("coupon__shop|SPRING~customer__shop|1", "1", "1"),
                        tuple("coupon__shop|SPRING~customer__shop|1", "2", "2"),
                        tuple("coupon__shop|SPRING~customer__shop|2", "1", "1"),
                        tuple("coupon__shop|SUMMER~customer__shop|1", "1", "1"));
    }

    @Test
    void textLoadIdsOrderVersionsAndBecomeUtcTimestampsWhileLoadedAtKeepsTheText() {
        assertThat(keys.lake().rows("SELECT customer__record_loaded_at AS loaded, customer__record_valid_from AS valid_from,"
                + " customer__record_valid_to AS valid_to FROM " + keys.relation(ModelKind.FRAME, "shop__customers")
                + " WHERE customer__customer_id = 1 ORDER BY customer__record_version"))
                .extracting(r -> r.get("loaded"), r -> r.get("valid_from"), r -> r.get("valid_to"))
                .containsExactly(
                        tuple("1704067200.123456", "1970-01-01 00:00:00.0", "2024-02-01 00:00:00.5"),
                        tuple("1706745600.5", "2024-02-01 00:00:00.5", "9999-12-31 23:59:59.999999"));
    }

    @Test
    void frameWithDeclaredGrainAndNoPrimaryHookKeysItsPointInTimeHookByTheGrain() {
        assertThat(keys.lake().rows("SELECT _pit_hook__visit AS pit, visit__page AS page FROM "
                + keys.relation(ModelKind.FRAME, "shop__visits") + " ORDER BY pit"))
                .extracting(r -> r.get("pit"), r -> r.get("page"))
                .containsExactly(
                        tuple("shop__visits|1~1~epoch__valid_from|1970-01-01 00:00:00.000000", "home"),
                        tuple("shop__visits|1~1~epoch__valid_from|2024-02-01 00:00:00.500000", "cart"),
                        tuple("shop__visits|1~2~epoch__valid_from|1970-01-01 00:00:00.000000", "home"));
    }

    @Test
    void versionsOfEveryFrameChainWithoutGapsOrOverlapsAndExactlyOneIsCurrent() {
        for (BuiltLakehouse built : List.of(geo, keys)) {
            for (var frame : built.project().frames()) {
                String prefix = frame.prefix();
                String relation = built.lake().relation(built.models().models().stream()
                        .filter(m -> m.kind() == ModelKind.FRAME && m.name().name().endsWith(frame.name().value()))
                        .findFirst().orElseThrow().name());
                String pit = new io.hooklake.generator.naming.NamingStrategy(built.project().settings()).pitHook(frame);
                // The record's identity: its point-in-time hook without the valid_from part.
                String grain = "regexp_replace(" + pit + ", '~epoch__valid_from\\|.*$', '')";
                assertThat(built.lake().count("SELECT * FROM (SELECT " + prefix + "__record_valid_to AS vt, lead("
                        + prefix + "__record_valid_from) OVER (PARTITION BY " + grain + " ORDER BY " + prefix
                        + "__record_version) AS next_from, " + prefix + "__record_version AS v, row_number() OVER (PARTITION BY "
                        + grain + " ORDER BY " + prefix + "__record_valid_from) AS n FROM " + relation
                        + ") WHERE (next_from IS NOT NULL AND next_from <> vt) OR v <> n"))
                        .as("version chain of %s", relation).isZero();
                assertThat(built.lake().count("SELECT " + grain + " FROM " + relation + " GROUP BY " + grain
                        + " HAVING count(*) FILTER (WHERE " + prefix + "__record_is_current) <> 1"))
                        .as("one current version per grain in %s", relation).isZero();
                assertThat(built.lake().count("SELECT " + pit + " FROM " + relation + " GROUP BY " + pit
                        + " HAVING count(*) > 1")).as("unique %s", pit).isZero();
            }
        }
    }
}
