package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedOutputException;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureTest {

    @TempDir
    Path temp;

    private Fixture fixture;
    private Lakehouse lakehouse;

    private void builtOnce() {
        fixture = Fixture.copy("geo", temp);
        lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());
    }

    @Test
    void aFailingStatementNamesModelFileAndOriginAndChangesNothing() {
        builtOnce();
        GeneratedProject broken = fixture.edit(yaml -> yaml.replace(
                "{keyset: country__geo, business_key: country_code, primary: true}",
                "{keyset: country__geo, expression: \"CAST(country_code AS INTEGER)\", primary: true}")
                .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n")).generate();
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));
        List<String> lines = new ArrayList<>();

        ModelFailedException failure = catchThrowableOfType(ModelFailedException.class,
                () -> lakehouse.run(broken, new PrintingRunListener(lines::add)));

        assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_FAILED);
        assertThat(failure.model()).isEqualTo(new ModelName("dab", "frame__geo__countries"));
        assertThat(failure.file()).isEqualTo("models/dab/frame__geo__countries.sql");
        assertThat(failure.origin()).endsWith("lakehouse.yml:46:5");
        assertThat(failure.getMessage()).startsWith("LH302: model dab.frame__geo__countries failed (full rebuild): ")
                .contains("Conversion Error", "generated file: models/dab/frame__geo__countries.sql",
                        "defined at: ", "lakehouse.yml:46:5");
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
        assertThat(lines).last().asString().startsWith("run FAILED").contains("LH302");
    }

    @Test
    void aFailingAuditGivesTheCountOfOffendingRowsAndAnExampleAndChangesNothing() {
        builtOnce();
        // Every country gets the same primary hook, so their first versions share one point-in-time hook.
        GeneratedProject duplicated = fixture.edit(yaml -> yaml.replace(
                "{keyset: country__geo, business_key: country_code, primary: true}",
                "{keyset: country__geo, expression: \"'same'\", primary: true}")
                .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n")).generate();
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));

        AuditFailedException failure = catchThrowableOfType(AuditFailedException.class,
                () -> lakehouse.run(duplicated));

        assertThat(failure.code()).isEqualTo(ErrorCode.AUDIT_FAILED);
        assertThat(failure.model()).isEqualTo(new ModelName("dab", "frame__geo__countries"));
        assertThat(failure.offendingRows()).isEqualTo(2);
        // Point-in-time hooks are compact (a hash of the hook and its version) by default since main's key change.
        assertThat(failure.exampleKey()).matches("-?[0-9]+");
        assertThat(failure.getMessage()).startsWith("LH303: audit of model dab.frame__geo__countries failed: 2 rows"
                + " have a duplicate or NULL grain (_pit_hook__country), for example " + failure.exampleKey() + "\n");
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
    }

    @Test
    void aRunWithoutLandedDataSaysWhichLandingRelationsAreMissing() {
        fixture = Fixture.copy("geo", temp);
        lakehouse = Lakehouse.open(temp.resolve("lake"));

        LakehouseException failure = catchThrowableOfType(LakehouseException.class, () -> lakehouse.run(fixture.generate()));

        assertThat(failure.code()).isEqualTo(ErrorCode.NOT_LANDED);
        assertThat(failure.getMessage()).contains("4 landing relation(s)", "das.landed__geo__countries");
    }

    @Test
    void landingIntoAnUnknownTableIsRefused() {
        fixture = Fixture.copy("geo", temp);
        lakehouse = Lakehouse.open(temp.resolve("lake"));

        LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.landing(fixture.generate()).append("geo", "planets", "2024-01-01", "SELECT 1 AS x"));

        assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_LANDED_TABLE);
        assertThat(failure.getMessage()).isEqualTo("LH309: project geo has no table geo.planets");
    }

    @Test
    void aLoadNotLaterThanWhatRunsProcessedIsRefusedAndNotLanded() {
        builtOnce();
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));

        LakehouseException failure = catchThrowableOfType(LakehouseException.class, () -> GeoLoads.countries(
                lakehouse.landing(fixture.generate()), GeoLoads.TIMES[0], "('FR', 'France')"));

        assertThat(failure.code()).isEqualTo(ErrorCode.LOAD_OUT_OF_ORDER);
        assertThat(failure.getMessage()).startsWith("LH305: load 2024-01-01 00:00:00 of das.landed__geo__countries is at"
                + " 2024-01-01 00:00:00, not after 2024-01-01 00:00:00, which runs have already processed");
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
    }

    @Test
    void aHandEditedGeneratedStatementIsRefusedNamingItsFileAndNothingRuns() throws Exception {
        builtOnce();
        GeoLoads.land(lakehouse.landing(fixture.generate()), 2);
        Path rows = fixture.outputDir().resolve("models/dab/frame__geo__countries.rows.sql");
        Files.writeString(rows, Files.readString(rows, StandardCharsets.UTF_8).replace("SELECT", "SELECT DISTINCT"),
                StandardCharsets.UTF_8);
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));

        GeneratedOutputException failure = catchThrowableOfType(GeneratedOutputException.class,
                () -> lakehouse.run(GeneratedProject.read(fixture.outputDir())));

        assertThat(failure.code()).isEqualTo(ErrorCode.GENERATED_FILE_CHANGED);
        assertThat(failure.getMessage()).startsWith(rows.toAbsolutePath().normalize()
                + ": changed since it was generated");
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
    }
}
