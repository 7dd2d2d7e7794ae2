package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys with different rows in one load, and NULL keys: reported per frame, failing the run when the project says so. */
class DataCheckTest {

    private static final ModelName ORDERS = new ModelName("dab", "frame__geo__orders");

    @TempDir
    Path temp;

    /** Load 1 with order 100 twice (different statuses), order 101 twice alike, and an order without id. */
    private static void badLoad(Landing landing) {
        GeoLoads.countries(landing, GeoLoads.TIMES[0], "('NL', 'Netherlands')");
        GeoLoads.states(landing, GeoLoads.TIMES[0], "(1, 'NL', 'Noord-Holland')");
        GeoLoads.addresses(landing, GeoLoads.TIMES[0], "(10, 1, 'Amsterdam', true)");
        GeoLoads.orders(landing, GeoLoads.TIMES[0],
                "(100, 10, 10, DATE '2024-01-05', NULL, 'open', 10.00)",
                "(100, 10, 10, DATE '2024-01-05', NULL, 'shipped', 10.00)",
                "(101, 10, 10, DATE '2024-01-06', NULL, 'open', 5.00)",
                "(101, 10, 10, DATE '2024-01-06', NULL, 'open', 5.00)",
                "(NULL, 10, 10, DATE '2024-01-07', NULL, 'lost', 1.00)");
    }

    @Test
    void duplicateKeysInOneLoadAndNullKeysAreReportedWithCountsAnExampleAndTheTable() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        badLoad(lakehouse.landing(generated));
        List<String> lines = new ArrayList<>();

        RunResult result = lakehouse.run(generated, new PrintingRunListener(lines::add));

        String expected = "data check of das.raw__geo__orders (frame dab.frame__geo__orders): 1 key with different rows"
                + " in one load (2 rows; one row of each key is kept), for example 100 in load"
                + " 2024-01-01 00:00:00; 1 row with a NULL key (left out), for example NULL in load 2024-01-01 00:00:00";
        assertThat(lines).contains("warning LH323: " + expected);
        assertThat(result.summary().dataFindings()).extracting(DataCheckFinding::message).containsExactly(expected);
        assertThat(result.summary().succeeded()).isTrue();
        assertThat(lines.get(lines.size() - 1)).contains("data checks found duplicate or NULL keys in 1 table");
        assertThat(Databases.count(Databases.file(lakehouse), "SELECT * FROM " + ORDERS.qualified())).isEqualTo(2);
    }

    @Test
    void withDataChecksFailTheRunFailsAndTheFrameIsNotCommitted() {
        Fixture fixture = Fixture.copy("geo", temp).edit(y -> y.replace("  name: geo\n", "  name: geo\n  data_checks: fail\n"));
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        badLoad(lakehouse.landing(generated));

        DataCheckFailedException e = catchThrowableOfType(DataCheckFailedException.class, () -> lakehouse.run(generated));

        assertThat(e.code()).isEqualTo(ErrorCode.DATA_CHECK_FAILED);
        assertThat(e.getMessage()).startsWith("LH323: data check of das.raw__geo__orders (frame dab.frame__geo__orders):"
                        + " 1 key with different rows in one load (2 rows; one row of each key is kept), for example"
                        + " 100 in load 2024-01-01 00:00:00; 1 row with a NULL key (left out), for example NULL"
                        + " in load 2024-01-01 00:00:00")
                .contains("generated file: models/dab/frame__geo__orders.data-check.sql")
                .contains("the project says data_checks: fail");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT count(*) FROM duckdb_tables()"
                + " WHERE schema_name = 'dab' AND table_name = 'frame__geo__orders'")).containsExactly("0");
    }

    @Test
    void anIncrementalRunChecksOnlyTheLoadsItTakesIn() {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        badLoad(lakehouse.landing(generated));
        assertThat(lakehouse.run(generated).summary().dataFindings()).hasSize(1);
        GeoLoads.orders(lakehouse.landing(generated), GeoLoads.TIMES[1],
                "(102, 10, 10, DATE '2024-02-05', NULL, 'open', 3.00)");

        RunResult second = lakehouse.run(generated);

        assertThat(second.models()).filteredOn(m -> m.name().equals(ORDERS)).extracting(ModelRun::action)
                .containsExactly(Action.INCREMENTAL);
        assertThat(second.summary().dataFindings()).isEmpty();
    }
}
