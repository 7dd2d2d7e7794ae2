package io.hooklake.runtime;

import io.hooklake.testing.Loads;
import io.hooklake.testing.RecordedRows;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four loads of the geo fixture project ({@link Loads#geo}: inserts, updates, unchanged
 * reloads, a duplicate in one load, NULL keys and references to records that never exist), landed
 * through {@link Landing}, and single tables' rows for the tests that land their own.
 */
final class GeoLoads {

    static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    private static final String COUNTRIES = "country_code, name";
    private static final String STATES = "state_id, country_code, name";
    private static final String ADDRESSES = "address_id, state_id, city, \"primary\"";
    private static final String ORDERS =
            "order_id, bill_to_address_id, ship_to_address_id, order_date, ship_date, status, amount";

    /** The rows of each load: the generator's SQL tests' geo loads. */
    private static final RecordedRows GEO = RecordedRows.of(Loads::geo);

    private static final Map<String, String> COLUMNS = Map.of("countries", COUNTRIES, "states", STATES,
            "addresses", ADDRESSES, "orders", ORDERS);

    private GeoLoads() {
    }

    /** Lands load {@code n} (1 to 4) of {@link Loads#geo}, its tables in one call. */
    static void land(Landing landing, int n) {
        if (n < 1 || n > TIMES.length) {
            throw new IllegalArgumentException("no load " + n);
        }
        Map<String, String> load = new LinkedHashMap<>();
        GEO.rows(TIMES[n - 1]).forEach((table, tuples) -> load.put(table,
                values(COLUMNS.get(table), tuples.stream().map(t -> "(" + t + ")").toArray(String[]::new))));
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
