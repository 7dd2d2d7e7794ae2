package io.hooklake.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Four loads of the geo fixture project: inserts, updates, unchanged reloads, a duplicate in one
 * load, NULL keys and references to records that never exist.
 */
final class GeoLoads {

    static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    private static final String COUNTRIES = "country_code, name";
    private static final String STATES = "state_id, country_code, name";
    private static final String ADDRESSES = "address_id, state_id, city, \"primary\"";
    private static final String ORDERS =
            "order_id, bill_to_address_id, ship_to_address_id, order_date, ship_date, status, amount";

    private GeoLoads() {
    }

    /** Lands load {@code n} (1 to 4), its tables in one call. */
    static void land(Landing landing, int n) {
        Map<String, String> load = new LinkedHashMap<>();
        switch (n) {
            case 1 -> {
                load.put("countries", values(COUNTRIES, "('NL', 'Netherlands')", "('BE', 'Belgium')"));
                load.put("states", values(STATES, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')"));
                load.put("addresses", values(ADDRESSES, "(10, 1, 'Amsterdam', true)", "(11, 3, 'Antwerp', false)",
                        "(12, 99, 'Atlantis', false)", "(13, NULL, 'Nowhere', NULL)"));
                load.put("orders", values(ORDERS, "(100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)"));
            }
            case 2 -> {
                load.put("countries", values(COUNTRIES, "('NL', 'Netherlands')", "('BE', 'Belgium')"));
                load.put("states", values(STATES, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')",
                        "(3, 'BE', 'Antwerpen')"));
                load.put("addresses", values(ADDRESSES, "(10, 1, 'Amsterdam', true)", "(10, 1, 'Amsterdam', true)",
                        "(11, 3, 'Antwerpen', false)"));
                load.put("orders", values(ORDERS,
                        "(100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)"));
            }
            case 3 -> {
                load.put("countries", values(COUNTRIES, "('NL', 'The Netherlands')", "('BE', 'Belgium')"));
                load.put("states", values(STATES, "(2, 'NL', 'Provincie Utrecht')", "(3, 'BE', 'Antwerpen')"));
                load.put("addresses", values(ADDRESSES, "(10, 2, 'Amsterdam', true)"));
                load.put("orders", values(ORDERS, "(102, NULL, NULL, NULL, NULL, 'draft', NULL)",
                        "(NULL, 10, 10, DATE '2024-03-03', NULL, 'lost', 1.00)"));
            }
            case 4 -> {
                load.put("countries", values(COUNTRIES, "('NL', 'The Netherlands')", "('BE', 'Belgium')",
                        "('DE', 'Germany')", "(NULL, 'No code')"));
                load.put("states", values(STATES, "(4, 'DE', 'Bayern')", "(5, 'XX', 'Nowhere')"));
                load.put("addresses", values(ADDRESSES, "(14, 4, 'Munich', true)",
                        "(15, 5, 'Nowhere town', false)"));
                load.put("orders", values(ORDERS,
                        "(103, 14, 14, DATE '2024-04-02', DATE '2024-04-02', 'open', 7.50)",
                        "(101, 12, 13, DATE '2024-01-06', NULL, 'open', 5.00)"));
            }
            default -> throw new IllegalArgumentException("no load " + n);
        }
        landing.appendAll("geo", TIMES[n - 1], load);
    }

    static void countries(Landing landing, String at, String... rows) {
        landing.append("geo", "countries", at, values(COUNTRIES, rows));
    }

    static void states(Landing landing, String at, String... rows) {
        landing.append("geo", "states", at, values(STATES, rows));
    }

    static void addresses(Landing landing, String at, String... rows) {
        landing.append("geo", "addresses", at, values(ADDRESSES, rows));
    }

    static void orders(Landing landing, String at, String... rows) {
        landing.append("geo", "orders", at, values(ORDERS, rows));
    }

    private static String values(String columns, String... rows) {
        return "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS v(" + columns + ")";
    }
}
