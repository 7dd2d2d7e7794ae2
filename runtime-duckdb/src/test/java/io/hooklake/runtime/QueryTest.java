package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {

    @TempDir
    Path temp;

    private Lakehouse built() {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());
        return lakehouse;
    }

    @Test
    void printsTheRowsAsAnAlignedTableWithNumbersOnTheRight() {
        Lakehouse lakehouse = built();

        QueryResult result = lakehouse.query("SELECT country_code, name, length(name) AS letters"
                + " FROM das.landed__geo__countries ORDER BY country_code", 10);

        assertThat(result.columns()).containsExactly("country_code", "name", "letters");
        assertThat(result.truncated()).isFalse();
        assertThat(result.toTable()).isEqualTo("""
                country_code | name        | letters
                -------------+-------------+--------
                BE           | Belgium     |       7
                NL           | Netherlands |      11
                (2 rows)
                """);
    }

    @Test
    void readsAtMostMaxRowsAndSaysMoreWereLeftOut() {
        Lakehouse lakehouse = built();

        QueryResult result = lakehouse.query("SELECT NULL AS nothing FROM range(5)", 2);

        assertThat(result.rows()).hasSize(2);
        assertThat(result.truncated()).isTrue();
        assertThat(result.toTable()).endsWith("NULL\n(2 rows, more not shown)\n");
    }

    @Test
    void refusesToWriteAndChangesNothing() {
        Lakehouse lakehouse = built();
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));

        LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query("DROP TABLE das.landed__geo__countries", 10));

        assertThat(failure.code()).isEqualTo(ErrorCode.QUERY_REFUSED);
        assertThat(failure.getMessage()).startsWith("LH315: the query is not read-only: DROP is refused");
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
    }

    @Test
    void saysThereIsNothingToQueryBeforeTheFirstRun() {
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("empty"));

        LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query("SELECT 1", 10));

        assertThat(failure.code()).isEqualTo(ErrorCode.QUERY_FAILED);
        assertThat(failure.getMessage()).contains("there is nothing to query yet", "lakehouse.duckdb");
    }
}
