package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Four loads of the geo fixture project (as runtime-duckdb's tests land them): inserts, updates,
 * unchanged reloads, a duplicate in one load, NULL keys and references to records that never
 * exist. The SELECT of each load is in the engine's SQL: only the quoting of {@code primary} differs.
 */
final class GeoLoads {

    static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    private final Landing landing;
    private final String primary;

    private GeoLoads(Landing landing, boolean spark) {
        this.landing = landing;
        this.primary = spark ? "`primary`" : "\"primary\"";
    }

    /** Lands load {@code n} (1 to 4) in SQL of the Spark engine ({@code spark}) or DuckDB's. */
    static void land(Landing landing, boolean spark, int n) {
        new GeoLoads(landing, spark).land(n);
    }

    /**
     * Lands loads 1 to {@code loads} into a Spark lakehouse, running it after each, and checks that
     * every run after the first computes the frames incrementally; returns the runs' results.
     */
    static List<RunResult> landAndRunEach(Lakehouse lake, GeneratedProject generated, int loads) {
        return landAndRunEach(lake, generated, 1, loads);
    }

    /** As {@link #landAndRunEach(Lakehouse, GeneratedProject, int)}, loads {@code first} to {@code last}. */
    static List<RunResult> landAndRunEach(Lakehouse lake, GeneratedProject generated, int first, int last) {
        List<RunResult> results = new ArrayList<>();
        for (int load = first; load <= last; load++) {
            land(lake.landing(generated), true, load);
            RunResult result = lake.run(generated);
            if (load > 1) {
                assertThat(result.models()).filteredOn(m -> m.kind() == ModelKind.FRAME)
                        .extracting(ModelRun::action).containsOnly(Action.INCREMENTAL);
            }
            results.add(result);
        }
        return results;
    }

    private void land(int n) {
        String at = TIMES[n - 1];
        switch (n) {
            case 1 -> {
                countries(at, "('NL', 'Netherlands')", "('BE', 'Belgium')");
                states(at, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')");
                addresses(at, "(10, 1, 'Amsterdam', true)", "(11, 3, 'Antwerp', false)",
                        "(12, 99, 'Atlantis', false)", "(13, NULL, 'Nowhere', NULL)");
                orders(at, "(100, 10, 11, DATE '2024-01-05', NULL, 'open', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            case 2 -> {
                countries(at, "('NL', 'Netherlands')", "('BE', 'Belgium')");
                states(at, "(1, 'NL', 'Noord-Holland')", "(2, 'NL', 'Utrecht')", "(3, 'BE', 'Antwerpen')");
                addresses(at, "(10, 1, 'Amsterdam', true)", "(10, 1, 'Amsterdam', true)",
                        "(11, 3, 'Antwerpen', false)");
                orders(at, "(100, 10, 11, DATE '2024-01-05', DATE '2024-01-10', 'shipped', 10.00)",
                        "(101, 12, NULL, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            case 3 -> {
                countries(at, "('NL', 'The Netherlands')", "('BE', 'Belgium')");
                states(at, "(2, 'NL', 'Provincie Utrecht')", "(3, 'BE', 'Antwerpen')");
                addresses(at, "(10, 2, 'Amsterdam', true)");
                orders(at, "(102, NULL, NULL, NULL, NULL, 'draft', NULL)",
                        "(NULL, 10, 10, DATE '2024-03-03', NULL, 'lost', 1.00)");
            }
            case 4 -> {
                countries(at, "('NL', 'The Netherlands')", "('BE', 'Belgium')", "('DE', 'Germany')",
                        "(NULL, 'No code')");
                states(at, "(4, 'DE', 'Bayern')", "(5, 'XX', 'Nowhere')");
                addresses(at, "(14, 4, 'Munich', true)", "(15, 5, 'Nowhere town', false)");
                orders(at, "(103, 14, 14, DATE '2024-04-02', DATE '2024-04-02', 'open', 7.50)",
                        "(101, 12, 13, DATE '2024-01-06', NULL, 'open', 5.00)");
            }
            default -> throw new IllegalArgumentException("no load " + n);
        }
    }

    private void countries(String at, String... rows) {
        land("countries", at, "country_code, name", rows);
    }

    private void states(String at, String... rows) {
        land("states", at, "state_id, country_code, name", rows);
    }

    private void addresses(String at, String... rows) {
        land("addresses", at, "address_id, state_id, city, " + primary, rows);
    }

    private void orders(String at, String... rows) {
        land("orders", at, "order_id, bill_to_address_id, ship_to_address_id, order_date, ship_date, status, amount", rows);
    }

    private void land(String table, String at, String columns, String... rows) {
        long appended = landing.append("geo", table, at, "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS v(" + columns + ")");
        assertThat(appended).as("rows appended to geo." + table + " at " + at).isEqualTo(rows.length);
    }
}
