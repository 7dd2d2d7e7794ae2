package io.hooklake.maven;

import io.hooklake.generator.dashboard.Dashboard;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.Lakehouse;
import java.io.File;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the dashboard of the built lakehouse: one self-contained HTML file with, per metric of
 * the project, a process-behaviour (XmR) chart by day, week or month, a KPI card (latest value,
 * change, signal), a selector of grain and of split column, and a link to the metric's page in
 * the docs site. Reads each metric's model through a read-only query, so run the models first
 * ({@code lakehouse:run}); write the docs site ({@code lakehouse:docs}) for the links to lead
 * somewhere.
 *
 * @since 0.1.0
 */
@Mojo(name = "dashboard", threadSafe = true)
public final class DashboardMojo extends AbstractLakehouseReadingMojo {

    /**
     * The folder of the HOOK project: its metrics are what the dashboard draws.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.projectDirectory", defaultValue = "${project.basedir}/src/main/lakehouse")
    File projectDirectory;

    /**
     * The dashboard's HTML file; open it in a browser. Nothing it shows is fetched from the network.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.dashboardFile", defaultValue = "${project.build.directory}/lakehouse-dashboard.html")
    File dashboardFile;

    /**
     * The docs site the metrics link to: the folder {@code lakehouse:docs} writes. The links are
     * relative to the dashboard's folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.siteDirectory", defaultValue = "${project.build.directory}/lakehouse-site")
    File siteDirectory;

    @Override
    void executeGoal() {
        AsOf asOf = asOf();
        Project project = ProjectLoader.load(projectDirectory.toPath());
        Lakehouse lakehouse = lakehouse();
        if (!Files.isRegularFile(siteDirectory.toPath().resolve(DocsSite.INDEX))) {
            getLog().warn("No docs site in " + siteDirectory + " yet: the metrics' links lead nowhere until lakehouse:docs"
                    + " writes it");
        }
        boolean written = new Dashboard(sql -> lakehouse.query(sql, Integer.MAX_VALUE, Lakehouse.DEFAULT_QUERY_TIME_LIMIT, asOf).rows())
                .write(project, dashboardFile.toPath(), Optional.of(siteDirectory.toPath()));
        getLog().info("Dashboard of " + project.metrics().size() + " metrics: " + dashboardFile
                + (written ? "" : " (up to date)"));
    }
}
