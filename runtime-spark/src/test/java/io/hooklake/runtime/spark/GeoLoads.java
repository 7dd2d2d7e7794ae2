package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.Landing;
import io.hooklake.runtime.ModelRun;
import io.hooklake.runtime.RunResult;
import io.hooklake.testing.Loads;
import io.hooklake.testing.RecordedRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four loads of the geo fixture project ({@link Loads#geo}, as runtime-duckdb's tests land
 * them): inserts, updates, unchanged reloads, a duplicate in one load, NULL keys and references to
 * records that never exist. Each load's tables land in one call, in the engine's SQL: only the
 * quoting of {@code primary} differs.
 */
final class GeoLoads {

    static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    private static final RecordedRows GEO = RecordedRows.of(Loads::geo);

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

    /** Lands load {@code n} of {@link Loads#geo}, its tables in one call, each with all its rows. */
    private void land(int n) {
        if (n < 1 || n > TIMES.length) {
            throw new IllegalArgumentException("no load " + n);
        }
        Map<String, String> selects = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        GEO.rows(TIMES[n - 1]).forEach((table, tuples) -> {
            selects.put(table, "SELECT * FROM (VALUES (" + String.join("), (", tuples) + ")) AS v("
                    + columns(table) + ")");
            rows.put(table, (long) tuples.size());
        });
        assertThat(landing.appendAll("geo", TIMES[n - 1], selects)).as("rows appended per table at " + TIMES[n - 1])
                .isEqualTo(rows);
    }

    private String columns(String table) {
        return switch (table) {
            case "countries" -> "country_code, name";
            case "states" -> "state_id, country_code, name";
            case "addresses" -> "address_id, state_id, city, " + primary;
            case "orders" -> "order_id, bill_to_address_id, ship_to_address_id, order_date, ship_date, status, amount";
            default -> throw new IllegalArgumentException("no table " + table + " in geo");
        };
    }
}
