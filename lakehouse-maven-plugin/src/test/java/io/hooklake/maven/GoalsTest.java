package io.hooklake.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.TableFormat;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' own checks, before any library call; the ITs build real projects. */
class GoalsTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private <T extends AbstractLakehouseMojo> T configured(T mojo, String goal) throws URISyntaxException {
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setGoal(goal);
        mojo.execution = new MojoExecution(descriptor);
        File project = new File(getClass().getResource("/projects/two-sources").toURI());
        if (mojo instanceof AbstractGeneratingMojo generating) {
            generating.projectDirectory = project;
            generating.outputDirectory = temp.resolve("out").toFile();
        }
        if (mojo instanceof AbstractBuildingMojo building) {
            building.lakehouseDirectory = temp.resolve("lakehouse").toFile();
            building.format = "duckdb";
        }
        if (mojo instanceof AbstractLakehouseReadingMojo reading) {
            reading.lakehouseDirectory = temp.resolve("lakehouse").toFile();
        }
        if (mojo instanceof DashboardMojo dashboard) {
            dashboard.projectDirectory = project;
        }
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void aSkippedGoalSaysSoAndTouchesNothing() throws Exception {
        IngestMojo ingest = configured(new IngestMojo(), "ingest");
        ingest.skip = true;

        ingest.execute();

        assertThat(log.lines).containsExactly("[INFO] Skipping lakehouse:ingest (lakehouse.skip)");
        assertThat(temp.resolve("lakehouse")).doesNotExist();
    }

    @Test
    void ingestAsksWhichSourceWhenTheProjectHasSeveral() throws Exception {
        IngestMojo ingest = configured(new IngestMojo(), "ingest");
        ingest.input = temp.toFile();

        Throwable failure = catchThrowable(ingest::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: project two has 2 sources (crm, shop); say which with lakehouse.source");
    }

    @Test
    void ingestNeedsAnInput() throws Exception {
        Throwable failure = catchThrowable(configured(new IngestMojo(), "ingest")::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessageContaining("lakehouse.input");
    }

    @Test
    void queryTakesOneMomentToLookBackAt() throws Exception {
        QueryMojo query = configured(new QueryMojo(), "query");
        query.sql = "SELECT 1";
        query.asOfRun = "run-20261205T074012.345Z";
        query.asOfTime = "2026-12-05T07:40:00Z";

        Throwable failure = catchThrowable(query::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: lakehouse.asOfRun and lakehouse.asOfTime are both given; give one");
    }

    @Test
    void dashboardTakesOneMomentToLookBackAtAsQueryDoes() throws Exception {
        DashboardMojo dashboard = configured(new DashboardMojo(), "dashboard");
        dashboard.dashboardFile = temp.resolve("board/dashboard.html").toFile();
        dashboard.asOfRun = "run-20261205T074012.345Z";
        dashboard.asOfTime = "2026-12-05T07:40:00Z";

        Throwable failure = catchThrowable(dashboard::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: lakehouse.asOfRun and lakehouse.asOfTime are both given; give one");
        assertThat(temp.resolve("board")).doesNotExist();
    }

    @Test
    void queryRefusesATimeItCannotRead() throws Exception {
        QueryMojo query = configured(new QueryMojo(), "query");
        query.sql = "SELECT 1";
        query.asOfTime = "yesterday";

        Throwable failure = catchThrowable(query::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessage("LH500: lakehouse.asOfTime is"
                + " 'yesterday', which is not a moment; write it as 2026-12-05T07:40:00Z (UTC), with an offset"
                + " (2026-12-05T08:40:00+01:00) or as 2026-12-05 07:40:00 (UTC)");
    }

    @Test
    void queryNeedsAStatementOrAFolder() throws Exception {
        Throwable failure = catchThrowable(configured(new QueryMojo(), "query")::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessage("LH500: nothing to query: give a"
                + " statement with lakehouse.sql or a folder of *.sql files with lakehouse.queries");
    }

    @Test
    void planRefusesAnUnknownFormatBeforeDoingAnything() throws Exception {
        PlanMojo plan = configured(new PlanMojo(), "plan");
        plan.planFormat = "yaml";

        Throwable failure = catchThrowable(plan::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: lakehouse.planFormat is 'yaml'; use table or json");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void planAndRunOfAProjectThatDoesNotGenerateLeaveNoLakehouse() throws Exception {
        Path project = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(project.resolve("lakehouse.yml"), "project:\n  name: broken\nsources: 42\n");
        PlanMojo plan = configured(new PlanMojo(), "plan");
        plan.projectDirectory = project.toFile();
        plan.planFormat = "table";
        RunMojo run = configured(new RunMojo(), "run");
        run.projectDirectory = project.toFile();
        run.workers = 2;

        Throwable planFailure = catchThrowable(plan::execute);
        Throwable runFailure = catchThrowable(run::execute);

        assertThat(planFailure).isInstanceOf(MojoFailureException.class);
        assertThat(runFailure).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] " + project.resolve("lakehouse.yml") + ":3:"));
        assertThat(temp.resolve("lakehouse")).doesNotExist();
    }

    @Test
    void anUnknownTableFormatFailsTheBuild() throws Exception {
        RunMojo run = configured(new RunMojo(), "run");
        run.format = "csv";

        Throwable failure = catchThrowable(run::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("LH310: unknown table format 'csv'");
    }

    @Test
    void dashboardOfAProjectWithoutEventsSaysItHasNoMetricAndWarnsOfAMissingSite() throws Exception {
        DashboardMojo dashboard = configured(new DashboardMojo(), "dashboard");
        dashboard.dashboardFile = temp.resolve("board/dashboard.html").toFile();
        dashboard.siteDirectory = temp.resolve("site").toFile();

        dashboard.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING] No docs site in "))
                .contains("[INFO] Dashboard of 0 metrics: " + dashboard.dashboardFile);
        assertThat(temp.resolve("board/dashboard.html")).content().contains("<p>The project has no metric.</p>");
    }

    @Test
    void withoutLakehouseFormatAnExistingLakehouseOpensInItsOwnFormatAndANewOneInDelta() throws Exception {
        Lakehouse.open(temp.resolve("lakehouse"), TableFormat.PARQUET);
        PlanMojo existing = configured(new PlanMojo(), "plan");
        existing.format = null;
        PlanMojo fresh = configured(new PlanMojo(), "plan");
        fresh.format = null;
        fresh.lakehouseDirectory = temp.resolve("new-lakehouse").toFile();
        RunMojo other = configured(new RunMojo(), "run");
        other.format = "iceberg";

        Throwable mismatch = catchThrowable(other::execute);

        assertThat(existing.lakehouse(existing.generated()).format()).isEqualTo(TableFormat.PARQUET);
        assertThat(fresh.lakehouse(fresh.generated()).format()).isEqualTo(TableFormat.DELTA);
        assertThat(mismatch).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("LH310: the lakehouse at").hasMessageContaining("keeps its tables in parquet, not iceberg");
    }

    @Test
    void anUnknownEngineFailsTheBuildBeforeAnythingIsGeneratedOrMade() throws Exception {
        RunMojo run = configured(new RunMojo(), "run");
        run.engine = "flink";
        QueryMojo query = configured(new QueryMojo(), "query");
        query.sql = "SELECT 1";
        query.maxRows = 100;
        query.queryTimeLimit = 600;
        query.engine = "Flink";

        Throwable runFailure = catchThrowable(run::execute);
        Throwable queryFailure = catchThrowable(query::execute);

        assertThat(runFailure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: lakehouse.engine is 'flink'; use duckdb or spark");
        assertThat(queryFailure).isInstanceOf(MojoFailureException.class)
                .hasMessage("LH500: lakehouse.engine is 'Flink'; use duckdb or spark");
        assertThat(temp.resolve("out")).doesNotExist();
        assertThat(temp.resolve("lakehouse")).doesNotExist();
    }

    @Test
    void sparkOnALakehouseTheDuckDbEngineRunsIsRefusedWithoutStartingSparkOrChangingIt() throws Exception {
        Lakehouse.open(temp.resolve("lakehouse"), TableFormat.DELTA, "duckdb").close();
        String recorded = Files.readString(temp.resolve("lakehouse").resolve(Lakehouse.PROPERTIES_FILE));
        PlanMojo plan = configured(new PlanMojo(), "plan");
        plan.format = null;
        plan.planFormat = "table";
        plan.engine = "SPARK";

        Throwable failure = catchThrowable(plan::execute);

        assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("LH324: the lakehouse at")
                .hasMessageContaining("is run by the duckdb engine, not spark");
        assertThat(temp.resolve("lakehouse").resolve(Lakehouse.PROPERTIES_FILE)).content().isEqualTo(recorded);
        assertThat(GeneratedProject.read(temp.resolve("out")).sqlDialect().name()).as("generated for the engine asked")
                .isEqualTo("spark");
    }

    @Test
    void sparkSettingsComeFromThePomAndTheCommandLineOverridesThem() {
        Properties commandLine = new Properties();
        commandLine.setProperty("lakehouse.spark.conf.spark.sql.shuffle.partitions", "1");
        commandLine.setProperty("lakehouse.engine", "spark");
        EngineParameters parameters = new EngineParameters("spark", "local[1]", " ",
                Map.of("spark.sql.shuffle.partitions", "4", "spark.driver.memory", "1g"), commandLine, "1.0", new ArrayList<>());

        assertThat(parameters.settings()).containsExactly(Map.entry("lakehouse.spark.conf.spark.driver.memory", "1g"),
                Map.entry("lakehouse.spark.conf.spark.sql.shuffle.partitions", "1"),
                Map.entry("lakehouse.spark.master", "local[1]"));
    }
}
