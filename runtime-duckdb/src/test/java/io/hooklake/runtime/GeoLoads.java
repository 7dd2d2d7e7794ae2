package io.hooklake.runtime;

/**
 * Four loads of the geo fixture project: inserts, updates, unchanged reloads, a duplicate in one
 * load, NULL keys and references to records that never exist.
 */
final class GeoLoads {

    static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    private GeoLoads() {
    }

    /** Lands load {@code n} (1 to 4). */
    static void land(Landing landing, int n) {
        String at = TIMES[n - 1];
        switch (n) {
            case 1 -> {
                countries(landing, at, "('NL', 'Netherlands')", "('BE', 'Belgium')");
                states(landing, at, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')");
                addresses(landing, at, "(10, 1, 'Amsterdam', true)", "(11, 3, 'Antwerp', false)",
                        "(12, 99, 'Atlantis', false)", "(13, NULL, 'Nowhere', NULL)");
                orders(landing, at, "(100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            case 2 -> {
                countries(landing, at, "('NL', 'Netherlands')", "('BE', 'Belgium')");
                states(landing, at, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')", "(3, 'BE', 'Antwerpen')");
                addresses(landing, at, "(10, 1, 'Amsterdam', true)", "(10, 1, 'Amsterdam', true)",
                        "(11, 3, 'Antwerpen', false)");
                orders(landing, at, "(100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            case 3 -> {
                countries(landing, at, "('NL', 'The Netherlands')", "('BE', 'Belgium')");
                states(landing, at, "(2, 'NL', 'Provincie Utrecht')", "(3, 'BE', 'Antwerpen')");
                addresses(landing, at, "(10, 2, 'Amsterdam', true)");
                orders(landing, at, "(102, NULL, NULL, NULL, NULL, 'draft', NULL)",
                        "(NULL, 10, 10, DATE '2024-03-03', NULL, 'lost', 1.00)");
            }
            case 4 -> {
                countries(landing, at, "('NL', 'The Netherlands')", "('BE', 'Belgium')", "('DE', 'Germany')",
                        "(NULL, 'No code')");
                states(landing, at, "(4, 'DE', 'Bayern')", "(5, 'XX', 'Nowhere')");
                addresses(landing, at, "(14, 4, 'Munich', true)", "(15, 5, 'Nowhere town', false)");
                orders(landing, at, "(103, 14, 14, DATE '2024-04-02', DATE '2024-04-02', 'open', 7.50)",
                        "(101, 12, 13, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            default -> throw new IllegalArgumentException("no load " + n);
        }
    }

    static void countries(Landing landing, String at, String... rows) {
        land(landing, "countries", at, "country_code, name", rows);
    }

    static void states(Landing landing, String at, String... rows) {
        land(landing, "states", at, "state_id, country_code, name", rows);
    }

    static void addresses(Landing landing, String at, String... rows) {
        land(landing, "addresses", at, "address_id, state_id, city, \"primary\"", rows);
    }

    static void orders(Landing landing, String at, String... rows) {
        land(landing, "orders", at,
                "order_id, bill_to_address_id, ship_to_address_id, order_date, ship_date, status, amount", rows);
    }

    private static void land(Landing landing, String table, String at, String columns, String... rows) {
        landing.append("geo", table, at, "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS v(" + columns + ")");
    }
}
