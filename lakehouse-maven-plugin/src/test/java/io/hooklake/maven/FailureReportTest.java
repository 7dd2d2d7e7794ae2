package io.hooklake.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.LakehouseLockedException;
import io.hooklake.runtime.ModelFailedException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FailureReportTest {

    private static final ModelName COUNTRIES = new ModelName("dab", "frame__geo__countries");
    private static final Function<ModelName, Optional<String>> NO_ORIGINS = model -> Optional.empty();

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private AbstractMojoExecutionException report(Throwable failure, Function<ModelName, Optional<String>> origins) {
        return FailureReport.of(failure, origins).log(log);
    }

    @Test
    void anInvalidProjectFailsTheBuildWithEveryDiagnosticOnItsOwnLine() {
        Path frames = Path.of("src/main/lakehouse/frames.yml");
        InvalidProjectException invalid = new InvalidProjectException(List.of(
                Diagnostic.error(ErrorCode.UNKNOWN_KEYSET, new Location(frames, 14, 15), "hook '_hook__order' uses unknown keyset 'x'")
                        .withHint("did you mean 'y'?"),
                Diagnostic.warning(ErrorCode.UNUSED_KEYSET, new Location(frames, 20, 3), "keyset 'z' is not used"),
                Diagnostic.error(ErrorCode.UNKNOWN_CONCEPT, new Location(frames, 30, 7), "frame 'orders' has two primary hooks")));

        AbstractMojoExecutionException thrown = report(invalid, NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class)
                .hasMessage("The lakehouse project has 2 errors (listed above)").hasNoCause();
        assertThat(log.lines).containsExactly(
                "[WARNING] src/main/lakehouse/frames.yml:20:3: warning LH150: keyset 'z' is not used",
                "[ERROR] src/main/lakehouse/frames.yml:14:15: error LH104: hook '_hook__order' uses unknown keyset 'x'"
                        + " (did you mean 'y'?)",
                "[ERROR] src/main/lakehouse/frames.yml:30:7: error LH110: frame 'orders' has two primary hooks");
    }

    @Test
    void anExpressionThatIsNotSqlFailsTheBuildAtItsValueInTheYaml() throws URISyntaxException {
        Path project = Path.of(getClass().getResource("/projects/bad-expression").toURI());
        Throwable failure = catchThrowable(() -> UssGenerator.builder().build().generate(project, temp.resolve("out")));

        AbstractMojoExecutionException thrown = report(failure, NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class).hasMessage("The lakehouse project has 1 error (listed above)");
        assertThat(log.lines).containsExactly("[ERROR] " + project.resolve("lakehouse.yml") + ":24:44: error LH207:"
                + " expression of hook '_hook__country' of frame 'geo__countries' does not parse: it ends too early (an"
                + " expression may use the columns of its frame's table, literals, operators, CASE, CAST and the"
                + " functions listed in docs/sql-subset.md)");
    }

    @Test
    void aFailedAuditFailsTheBuildLocatedAtTheModelsYamlElement() {
        AuditFailedException audit = new AuditFailedException(COUNTRIES, "models/dab/frame__geo__countries.sql",
                List.of("_pit_hook__country"), 2, "country__geo|same~epoch__valid_from|1970-01-01 00:00:00.000000");

        Map<ModelName, String> origins = Map.of(COUNTRIES, "src/main/lakehouse/lakehouse.yml:46:5");

        AbstractMojoExecutionException thrown = report(audit, model -> Optional.ofNullable(origins.get(model)));

        assertThat(thrown).isInstanceOf(MojoFailureException.class).hasMessageStartingWith(
                "LH303: audit of model dab.frame__geo__countries failed: 2 rows have a duplicate or NULL grain");
        assertThat(log.lines).containsExactly(
                "[ERROR] src/main/lakehouse/lakehouse.yml:46:5: error LH303: audit of model dab.frame__geo__countries"
                        + " failed: 2 rows have a duplicate or NULL grain (_pit_hook__country), for example"
                        + " country__geo|same~epoch__valid_from|1970-01-01 00:00:00.000000",
                "[ERROR]   generated file: models/dab/frame__geo__countries.sql",
                "[ERROR]   the model and its state are as they were before this run");
    }

    @Test
    void aFailedModelStatementFailsTheBuildLocatedAtItsOrigin() {
        ModelFailedException failed = new ModelFailedException(COUNTRIES, "models/dab/frame__geo__countries.sql",
                "src/main/lakehouse/lakehouse.yml:46:5", "full rebuild",
                new SQLException("Catalog Error: Scalar Function with name no_such_function does not exist!"));

        AbstractMojoExecutionException thrown = report(failed, NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines.get(0)).isEqualTo("[ERROR] src/main/lakehouse/lakehouse.yml:46:5: error LH302: model"
                + " dab.frame__geo__countries failed (full rebuild): Catalog Error: Scalar Function with name"
                + " no_such_function does not exist!");
        assertThat(log.lines).contains("[ERROR]   generated file: models/dab/frame__geo__countries.sql");
    }

    @Test
    void aModelWithoutALocationIsReportedWithItsMessageAsItIs() {
        AuditFailedException audit = new AuditFailedException(COUNTRIES, "models/dab/frame__geo__countries.sql",
                List.of("_pit_hook__country"), 1, "NULL");

        report(audit, NO_ORIGINS);

        assertThat(log.lines.get(0)).startsWith("[ERROR] LH303: audit of model dab.frame__geo__countries failed");
    }

    @Test
    void aLockedLakehouseFailsTheBuild() {
        AbstractMojoExecutionException thrown = report(new LakehouseLockedException(Path.of("lakehouse"), "pid 42"),
                NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH301: another run holds the lakehouse at lakehouse (pid 42);"
                        + " wait for it to finish and try again");
        assertThat(log.lines).containsExactly("[ERROR] " + thrown.getMessage());
    }

    @ParameterizedTest
    @EnumSource(names = {"NOT_LANDED", "LOAD_OUT_OF_ORDER", "INGEST_INPUT", "QUERY_FAILED", "UNKNOWN_LANDED_TABLE", "FORMAT_MISMATCH", "LAKEHOUSE_IO"})
    void badIngestInputAndFailedQueriesFailTheBuild(ErrorCode code) {
        AbstractMojoExecutionException thrown = report(new LakehouseException(code, "what went wrong"), NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class).hasMessage(code + ": what went wrong");
        assertThat(log.lines).containsExactly("[ERROR] " + code + ": what went wrong");
    }

    @Test
    void aWrongParameterFailsTheBuild() {
        AbstractMojoExecutionException thrown = report(new ParameterException("give lakehouse.sql"), NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoFailureException.class).hasMessage("LH500: give lakehouse.sql");
    }

    @Test
    void aBrokenLakehouseDatabaseIsABuildErrorWithItsCause() {
        SQLException cause = new SQLException("IO Error: could not read");
        LakehouseException broken = new LakehouseException(ErrorCode.DATABASE_FAILED, "the lakehouse database x failed", cause);

        AbstractMojoExecutionException thrown = report(broken, NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoExecutionException.class).hasCause(broken)
                .hasMessage("Hooklake failed, a bug or a broken environment (run Maven with -e for the stack trace):"
                        + " LH300: the lakehouse database x failed");
        assertThat(log.lines).isEmpty();
    }

    @Test
    void anUnexpectedExceptionIsABuildErrorNamingItsClass() {
        IllegalStateException bug = new IllegalStateException("no frame\nsecond line");

        AbstractMojoExecutionException thrown = report(bug, NO_ORIGINS);

        assertThat(thrown).isInstanceOf(MojoExecutionException.class).hasCause(bug)
                .hasMessageEndingWith(": java.lang.IllegalStateException: no frame\nsecond line");
    }
}
