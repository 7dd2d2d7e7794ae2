package io.hooklake.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-made rows spanning several loads for the small test projects ({@code projects/geo},
 * {@code org}, {@code retail}, {@code keys}), landed into whatever {@link LoadSink} takes them: the
 * generator's SQL tests' in-memory database, or a real lakehouse in the runtime's tests.
 */
public final class Loads {

    public static final String L1 = "TIMESTAMP '2024-01-01 00:00:00'";
    public static final String L2 = "TIMESTAMP '2024-02-01 00:00:00'";
    public static final String L3 = "TIMESTAMP '2024-03-01 00:00:00'";
    public static final String L4 = "TIMESTAMP '2024-04-01 00:00:00'";

    private Loads() {
    }

    /** geo: four loads; see the comments for what each exercises. */
    public static void geo(LoadSink lake) {
        // NL reloaded unchanged at L2, renamed at L3; DE appears at L4; BE twice in L4 (a duplicate pair).
        lake.land("countries", L1, "'NL', 'Netherlands'", "'BE', 'Belgium'");
        lake.land("countries", L2, "'NL', 'Netherlands'", "'BE', 'Belgium'");
        lake.land("countries", L3, "'NL', 'The Netherlands'", "'BE', 'Belgium'");
        lake.land("countries", L4, "'NL', 'The Netherlands'", "'BE', 'Belgium'", "'DE', 'Germany'",
                "NULL, 'No code'");
        // state 2 renamed at L3; state 3 first loaded at L2; state 5 refers to a country that never exists.
        lake.land("states", L1, "1, 'NL', 'Noord-Holland'", "2, 'NL', 'Utrecht'");
        lake.land("states", L2, "1, 'NL', 'Noord-Holland'", "2, 'NL', 'Utrecht'", "3, 'BE', 'Antwerpen'");
        lake.land("states", L3, "2, 'NL', 'Provincie Utrecht'", "3, 'BE', 'Antwerpen'");
        lake.land("states", L4, "4, 'DE', 'Bayern'", "5, 'XX', 'Nowhere'");
        // 10 moves from state 1 to state 2 at L3; 11 renamed at L2; 12 refers to a state that never
        // exists; 13 has no state; 10 is landed twice in L2.
        lake.land("addresses", L1, "10, 1, 'Amsterdam', true", "11, 3, 'Antwerp', false",
                "12, 99, 'Atlantis', false", "13, NULL, 'Nowhere', NULL");
        lake.land("addresses", L2, "10, 1, 'Amsterdam', true", "10, 1, 'Amsterdam', true",
                "11, 3, 'Antwerpen', false");
        lake.land("addresses", L3, "10, 2, 'Amsterdam', true");
        lake.land("addresses", L4, "14, 4, 'Munich', true", "15, 5, 'Nowhere town', false");
        // 100 shipped at L2; 101 has no shipping address; 102 has no dates; 103 ordered and shipped
        // the same day; an order without id is left out.
        lake.land("orders", L1, "100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00",
                "101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00");
        lake.land("orders", L2, "100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00",
                "101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00");
        lake.land("orders", L3, "102, NULL, NULL, NULL, NULL, 'draft', NULL",
                "NULL, 10, 10, DATE '2024-03-03', NULL, 'lost', 1.00");
        lake.land("orders", L4, "103, 14, 14, DATE '2024-04-02', DATE '2024-04-02', 'open', 7.50",
                "101, 12, 13, DATE '2024-01-06', NULL, 'open', 5.00");
    }

    /** org: a manager hierarchy and departments whose head is an employee. */
    public static void org(LoadSink lake) {
        lake.land("departments", L1, "1, 100, 'Sales'", "2, 101, 'Engineering'");
        lake.land("departments", L2, "1, 102, 'Sales'", "2, 101, 'Engineering'");
        lake.land("employees", L1, "100, NULL, 1, 'Ann', DATE '2020-01-01'", "101, 100, 2, 'Bob', DATE '2021-06-01'",
                "102, 101, 1, 'Cid', DATE '2022-03-15'");
        lake.land("employees", L2, "100, NULL, 1, 'Ann', DATE '2020-01-01'", "101, 100, 2, 'Bob', DATE '2021-06-01'",
                "102, 100, 1, 'Cid', DATE '2022-03-15'");
    }

    /** retail: store 1's own region (20) differs from its country's region (10). */
    public static void retail(LoadSink lake) {
        lake.land("regions", L1, "10, 'North'", "20, 'South'");
        lake.land("regions", L2, "10, 'Nord'", "20, 'South'");
        lake.land("regions_archive", L1, "10, 'North (old)'");
        lake.land("countries", L1, "1, 10");
        lake.land("stores", L1, "1, 1, 20, DATE '2023-05-01'");
        lake.land("stores", L3, "1, 1, 20, DATE '2023-05-02'");
    }

    /** keys: dlt load ids (unix seconds as text). */
    public static void keys(LoadSink lake) {
        String d1 = "'1704067200.123456'";
        String d2 = "'1706745600.5'";
        lake.land("customers", d1, "1, 'ann@Example.com', TIMESTAMP '2023-12-31 10:00:00',"
                + " TIMESTAMPTZ '2024-01-01 23:30:00+00'", "2, NULL, NULL, NULL");
        lake.land("customers", d2, "1, 'ann@example.org', TIMESTAMP '2023-12-31 10:00:00',"
                + " TIMESTAMPTZ '2024-01-01 23:30:00+00'", "2, NULL, NULL, NULL");
        lake.land("visits", d1, "1, 1, 'home'", "1, 2, 'home'", "NULL, 1, 'lost'");
        lake.land("visits", d2, "1, 1, 'cart'", "2, NULL, 'anonymous'");
        lake.land("product_vendors", d1, "1, 'ACME', 9.5", "2, NULL, 3.0");
        lake.land("product_vendors", d2, "1, 'ACME', 9.75");
        lake.land("coupon_uses", d1, "'spring', 1, 1", "'summer', 1, 1", "'SPRING', 2, 1");
        lake.land("coupon_uses", d2, "'spring', 1, 2", "'summer', 1, 1");
        lake.land("order_lines", d1, "1, 1, 'ACME', 3", "2, 2, NULL, 1");
    }

    /**
     * Eight loads of random geo rows: keys come and go, attributes and references change now and
     * then (often not at all), references point to keys that never exist or are NULL.
     */
    public static void randomGeo(LoadSink lake, Random random) {
        for (int load = 0; load < 8; load++) {
            String at = "TIMESTAMP '2024-" + String.format("%02d", load + 1) + "-01 00:00:00'";
            List<String> countries = new ArrayList<>();
            for (int c = 1; c <= 4; c++) {
                if (random.nextInt(4) > 0) {
                    countries.add("'C" + c + "', 'name " + random.nextInt(2) + "'");
                }
            }
            List<String> states = new ArrayList<>();
            for (int s = 1; s <= 8; s++) {
                if (random.nextInt(4) > 0) {
                    states.add(s + ", " + pick(random, "'C" + (1 + random.nextInt(5)) + "'") + ", 'state " + random.nextInt(2) + "'");
                }
            }
            List<String> addresses = new ArrayList<>();
            for (int a = 10; a <= 21; a++) {
                if (random.nextInt(4) > 0) {
                    addresses.add(a + ", " + pick(random, String.valueOf(1 + random.nextInt(9))) + ", 'city "
                            + random.nextInt(2) + "', " + random.nextBoolean());
                }
            }
            List<String> orders = new ArrayList<>();
            for (int o = 100; o <= 114; o++) {
                if (random.nextInt(4) > 0) {
                    orders.add(o + ", " + pick(random, String.valueOf(10 + random.nextInt(13))) + ", "
                            + pick(random, String.valueOf(10 + random.nextInt(13))) + ", DATE '2024-01-0"
                            + (1 + random.nextInt(3)) + "', NULL, 'status " + random.nextInt(2) + "', 1.00");
                }
            }
            land(lake, "countries", at, countries);
            land(lake, "states", at, states);
            land(lake, "addresses", at, addresses);
            land(lake, "orders", at, orders);
        }
    }

    /** A value, or NULL one time in six. */
    private static String pick(Random random, String value) {
        return random.nextInt(6) == 0 ? "NULL" : value;
    }

    private static void land(LoadSink lake, String table, String at, List<String> rows) {
        if (!rows.isEmpty()) {
            lake.land(table, at, rows.toArray(String[]::new));
        }
    }

    /** Six loads of random org rows: managers and department heads come, go and change; some are NULL. */
    public static void randomOrg(LoadSink lake, Random random) {
        for (int load = 0; load < 6; load++) {
            String at = "TIMESTAMP '2024-" + String.format("%02d", load + 1) + "-01 00:00:00'";
            List<String> departments = new ArrayList<>();
            for (int d = 1; d <= 3; d++) {
                if (random.nextInt(4) > 0) {
                    departments.add(d + ", " + pick(random, String.valueOf(100 + random.nextInt(7))) + ", 'dept "
                            + random.nextInt(2) + "'");
                }
            }
            List<String> employees = new ArrayList<>();
            for (int e = 100; e <= 106; e++) {
                if (random.nextInt(4) > 0) {
                    employees.add(e + ", " + pick(random, String.valueOf(100 + random.nextInt(7))) + ", "
                            + pick(random, String.valueOf(1 + random.nextInt(4))) + ", 'name " + random.nextInt(2)
                            + "', DATE '2020-0" + (1 + random.nextInt(3)) + "-01'");
                }
            }
            land(lake, "departments", at, departments);
            land(lake, "employees", at, employees);
        }
    }

    /** Six loads of random retail rows: stores reach regions directly and through their country (a diamond). */
    public static void randomRetail(LoadSink lake, Random random) {
        for (int load = 0; load < 6; load++) {
            String at = "TIMESTAMP '2024-" + String.format("%02d", load + 1) + "-01 00:00:00'";
            List<String> regions = new ArrayList<>();
            for (int r = 10; r <= 30; r += 10) {
                if (random.nextInt(4) > 0) {
                    regions.add(r + ", 'region " + random.nextInt(2) + "'");
                }
            }
            List<String> countries = new ArrayList<>();
            for (int c = 1; c <= 3; c++) {
                if (random.nextInt(4) > 0) {
                    countries.add(c + ", " + pick(random, String.valueOf(10 * (1 + random.nextInt(4)))));
                }
            }
            List<String> stores = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                if (random.nextInt(4) > 0) {
                    stores.add(s + ", " + pick(random, String.valueOf(1 + random.nextInt(4))) + ", "
                            + pick(random, String.valueOf(10 * (1 + random.nextInt(4)))) + ", DATE '2023-0"
                            + (1 + random.nextInt(3)) + "-01'");
                }
            }
            land(lake, "regions", at, regions);
            land(lake, "countries", at, countries);
            land(lake, "stores", at, stores);
        }
    }
}
