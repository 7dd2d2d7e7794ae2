package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In each table format: a failing statement or audit leaves every table's current version as it
 * was, and a crash between a table-format commit and the database commit loses nothing: the next
 * run ends with the tables of an uninterrupted run.
 */
class FormatFailureTest {

    @TempDir
    Path temp;

    @TempDir
    static Path shared;

    /** Every table's digest in a lakehouse of the format run after load 1 and after load 2: built once per format. */
    private static final Map<TableFormat, Map<String, String>> UNINTERRUPTED = new EnumMap<>(TableFormat.class);

    private static synchronized Map<String, String> uninterrupted(TableFormat format) throws Exception {
        if (!UNINTERRUPTED.containsKey(format)) {
            Path folder = shared.resolve(format.configName());
            GeneratedProject generated = Fixture.copy("geo", folder).generate();
            Lakehouse uninterrupted = Lakehouse.open(folder.resolve("uninterrupted"), format);
            for (int load = 1; load <= 2; load++) {
                GeoLoads.land(uninterrupted.landing(generated), load);
                uninterrupted.run(generated);
            }
            List<ModelName> tables = Fixture.tables(generated);
            UNINTERRUPTED.put(format, IndependentReader.digests(format, uninterrupted.directory(), tables));
        }
        return UNINTERRUPTED.get(format);
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"PARQUET", "DELTA", "ICEBERG"})
    void aFailingAuditOrStatementCommitsNoVersion(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lake = Lakehouse.open(temp.resolve("lake"), format);
        GeneratedProject generated = fixture.generate();
        GeoLoads.land(lake.landing(generated), 1);
        lake.run(generated);
        List<ModelName> tables = Fixture.tables(generated);
        Map<String, Long> versions = FormatRoundTripTest.versions(format, lake, tables);
        Map<String, String> digests = IndependentReader.digests(format, lake.directory(), tables);

        GeneratedProject duplicated = fixture.edit(yaml -> yaml.replace(
                "{keyset: country__geo, business_key: country_code, primary: true}",
                "{keyset: country__geo, expression: \"'same'\", primary: true}")
                .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n")).generate();
        AuditFailedException audit = catchThrowableOfType(AuditFailedException.class, () -> lake.run(duplicated));
        GeneratedProject broken = fixture.edit(yaml -> yaml.replace("expression: \"'same'\"",
                "expression: \"CAST(country_code AS INTEGER)\"")).generate();
        ModelFailedException statement = catchThrowableOfType(ModelFailedException.class, () -> lake.run(broken));

        assertThat(audit.code()).isEqualTo(ErrorCode.AUDIT_FAILED);
        assertThat(statement.code()).isEqualTo(ErrorCode.MODEL_FAILED);
        assertThat(FormatRoundTripTest.versions(format, lake, tables)).isEqualTo(versions);
        assertThat(IndependentReader.digests(format, lake.directory(), tables)).isEqualTo(digests);
        assertThat(Databases.rows(Databases.file(lake), IndependentReader.digestSql("dab.frame__geo__countries")))
                .containsExactly(digests.get("dab.frame__geo__countries"));
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"PARQUET", "DELTA", "ICEBERG"})
    void aCrashBetweenTheFormatCommitAndTheDatabaseCommitLosesNothing(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse crashed = Lakehouse.open(temp.resolve("crashed"), format);
        GeoLoads.land(crashed.landing(generated), 1);
        crashed.run(generated);
        GeoLoads.land(crashed.landing(generated), 2);
        // The third table-format commit of the run (a frame or, as the two workers take turns, a bridge) commits,
        // then the process "dies".
        AtomicInteger commits = new AtomicInteger();
        FileTableStorage.afterFormatCommit = () -> {
            if (commits.incrementAndGet() == 3) {
                throw new IllegalStateException("crash after the table-format commit");
            }
        };
        try {
            catchThrowableOfType(ModelFailedException.class, () -> crashed.run(generated));
        } finally {
            FileTableStorage.afterFormatCommit = null;
        }
        Path pending = crashed.directory().resolve(FileTableStorage.PENDING);
        if (format == TableFormat.PARQUET) {
            assertThat(pending).doesNotExist();
        } else {
            // The table-format commit stands while the database rolled back: only the marker tells.
            assertThat(pending).isNotEmptyDirectory();
        }
        Lakehouse restarted = Lakehouse.open(crashed.directory(), format);
        restarted.run(generated);

        List<ModelName> tables = Fixture.tables(generated);
        assertThat(IndependentReader.digests(format, restarted.directory(), tables))
                .isEqualTo(uninterrupted(format));
        assertThat(restarted.plan(generated).isNoOp()).isTrue();
        assertThat(Databases.rows(Databases.file(restarted), "SELECT count(*) FROM _hooklake.loads")).containsExactly("8");
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DELTA", "ICEBERG"})
    void aProcessHaltedBetweenTheFormatCommitAndTheDatabaseCommitLosesNothing(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse crashed = Lakehouse.open(temp.resolve("crashed"), format);
        GeoLoads.land(crashed.landing(generated), 1);
        crashed.run(generated);
        GeoLoads.land(crashed.landing(generated), 2);

        try (JavaProcess run = new JavaProcess(FormatCrashMain.class, fixture.projectDir().toString(),
                temp.resolve("generated-child").toString(), crashed.directory().toString(), format.configName(), "3")) {
            assertThat(run.awaitLine("halting")).isEqualTo("halting after table-format commit 3");
            assertThat(run.process().waitFor()).isEqualTo(137);
        }
        assertThat(crashed.directory().resolve(FileTableStorage.PENDING)).isNotEmptyDirectory();
        Lakehouse restarted = Lakehouse.open(crashed.directory(), format);
        restarted.run(generated);

        List<ModelName> tables = Fixture.tables(generated);
        assertThat(IndependentReader.digests(format, restarted.directory(), tables))
                .isEqualTo(uninterrupted(format));
        assertThat(restarted.plan(generated).isNoOp()).isTrue();
        assertThat(crashed.directory().resolve(FileTableStorage.PENDING)).isEmptyDirectory();
    }

    /**
     * A load whose table-format commit stood while its process died before the database recorded
     * it is recorded when the lakehouse is next opened, with the rows found in the table, also from
     * a marker that does not carry the rows: the Spark engine writes its marker before its append
     * knows them.
     */
    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DELTA", "ICEBERG"})
    void aLoadCommittedBeforeACrashIsRecordedOnOpeningFromAMarkerWithoutItsRows(TableFormat format) throws Exception {
        GeneratedProject generated = Fixture.copy("geo", temp).generate();
        Lakehouse crashed = Lakehouse.open(temp.resolve("crashed"), format);
        GeoLoads.land(crashed.landing(generated), 1);
        FileTableStorage.afterFormatCommit = () -> {
            throw new IllegalStateException("crash after the table-format commit");
        };
        try {
            assertThat(catchThrowableOfType(RuntimeException.class, () -> GeoLoads.land(crashed.landing(generated), 2)))
                    .isNotNull();
        } finally {
            FileTableStorage.afterFormatCommit = null;
        }
        Path pending = crashed.directory().resolve(FileTableStorage.PENDING);
        Map<String, String> marker = new java.util.TreeMap<>();
        try (var markers = Files.list(pending)) {
            for (Path file : markers.toList()) {
                List<String> lines = Files.readAllLines(file);
                lines.stream().filter(l -> l.contains("=")).forEach(l -> marker.putIfAbsent(l.substring(0, l.indexOf('=')),
                        l.substring(l.indexOf('=') + 1)));
                Files.write(file, lines.stream().filter(l -> !l.startsWith(FileTableStorage.LOAD_ROWS + "=")).toList());
            }
        }
        String relation = marker.get("schema") + "." + marker.get("name");
        assertThat(marker).containsEntry(FileTableStorage.LOAD_VALUE, "2024-02-01 00:00:00");
        String recorded = "SELECT relation || ' ' || row_count FROM _hooklake.loads WHERE load_value = '2024-02-01 00:00:00'";
        assertThat(Databases.rows(Databases.file(crashed), recorded)).isEmpty();

        Lakehouse reopened = Lakehouse.open(crashed.directory(), format);

        assertThat(pending).isEmptyDirectory();
        List<String> found = Databases.rows(Databases.file(reopened), "SELECT count(*) FROM " + relation + " WHERE CAST(\""
                + marker.get(FileTableStorage.LOAD_COLUMN) + "\" AS VARCHAR) = '2024-02-01 00:00:00'");
        assertThat(found).hasSize(1).doesNotContain("0");
        assertThat(Databases.rows(Databases.file(reopened), recorded)).containsExactly(relation + " " + found.get(0));
    }
}
