package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Looking back: a question asked as of the first run, after later loads and runs, gets the first
 * run's answer (by run id and by time), in Delta and Iceberg; an unknown run, a moment before the
 * first run and a removed file are refused plainly, and so is looking back in a format that keeps
 * no earlier versions.
 */
@Timeout(300)
class TimeTravelTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DELTA", "ICEBERG"})
    void aQuestionAsOfTheFirstRunGetsTheFirstRunsAnswerAfterLaterLoadsAndRuns(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        String everyTable = RelocationTest.everyTable(generated);
        String question = "SELECT count(*) AS countries, string_agg(name, ', ' ORDER BY name) AS names"
                + " FROM das.landed__geo__countries";
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"), format);
        GeoLoads.land(lakehouse.landing(generated), 1);
        String first = lakehouse.run(generated).summary().runId();
        Instant afterFirst = Instant.now();
        String firstTables = lakehouse.query(everyTable, 1000).toTable();
        String firstAnswer = lakehouse.query(question, 10).toTable();
        for (int load = 2; load <= 4; load++) {
            GeoLoads.land(lakehouse.landing(generated), load);
            lakehouse.run(generated);
        }
        assertThat(lakehouse.query(everyTable, 1000).toTable()).isNotEqualTo(firstTables);

        assertThat(lakehouse.query(everyTable, 1000, LIMIT, AsOf.run(first)).toTable()).isEqualTo(firstTables);
        assertThat(lakehouse.query(everyTable, 1000, LIMIT, AsOf.time(afterFirst)).toTable()).isEqualTo(firstTables);
        assertThat(lakehouse.query(question, 10, LIMIT, AsOf.run(first)).toTable()).isEqualTo(firstAnswer)
                .contains("Belgium, Netherlands");
        assertThat(lakehouse.query(question, 10).toTable()).contains("Germany");

        LakehouseException unknown = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query(question, 10, LIMIT, AsOf.run("run-19990101T000000.000Z")));
        assertThat(unknown.code()).isEqualTo(ErrorCode.AS_OF_UNKNOWN);
        assertThat(unknown.getMessage()).startsWith("LH321: the lakehouse at " + lakehouse.directory()
                + " has no run run-19990101T000000.000Z; its latest runs: ").contains(first);

        LakehouseException early = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query(question, 10, LIMIT, AsOf.time("2000-01-01 00:00")));
        assertThat(early.code()).isEqualTo(ErrorCode.AS_OF_UNKNOWN);
        assertThat(early.getMessage()).startsWith("LH321: 2000-01-01T00:00:00Z is before the first run of the lakehouse at "
                + lakehouse.directory() + " (" + first + ", finished ");

        ModelName frame = Fixture.tables(generated).get(0);
        TableId id = new TableId(frame.schema(), frame.name());
        List<String> thenFiles = FileTableStorage.log(format, lakehouse.directory()).asOf(id, afterFirst).orElseThrow().files();
        Set<String> nowFiles = new HashSet<>(FileTableStorage.log(format, lakehouse.directory()).asOf(id, Instant.now())
                .orElseThrow().files());
        String removed = thenFiles.stream().filter(f -> !nowFiles.contains(f)).findFirst().orElseThrow();
        Files.delete(Path.of(removed));
        LakehouseException gone = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query(question, 10, LIMIT, AsOf.run(first)));
        assertThat(gone.code()).isEqualTo(ErrorCode.VERSION_GONE);
        assertThat(gone.getMessage()).startsWith("LH322: table " + frame.qualified() + " as of run " + first)
                .contains("is gone: its file " + removed + " was removed");
        assertThat(lakehouse.query(question, 10).toTable()).contains("Germany");
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DUCKDB", "PARQUET"})
    void saysWhatIsPossibleInAFormatWithoutEarlierVersions(TableFormat format) {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"), format);
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        String run = lakehouse.run(fixture.generate()).summary().runId();

        LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query("SELECT 1", 10, LIMIT, AsOf.run(run)));

        assertThat(failure.code()).isEqualTo(ErrorCode.TIME_TRAVEL_UNAVAILABLE);
        assertThat(failure.getMessage()).startsWith("LH320: the lakehouse at " + lakehouse.directory() + " keeps its tables in "
                + format.configName() + ", which keeps no earlier versions").contains("delta or iceberg");
    }
}
