package io.hooklake.maven;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.SavedPlan;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the project and runs its models on the lakehouse: builds what is new or changed, drops
 * what was removed and takes new loads into the incremental tables, each model in one transaction
 * with its grain audit. Logs one line per model as it finishes and a summary. A failing statement
 * or audit rolls that model back, stops the run and fails the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", threadSafe = true)
public final class RunMojo extends AbstractBuildingMojo {

    /**
     * How many independent models run at the same time, each on its own connection; 1 runs them
     * one after another.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.workers", defaultValue = "2")
    int workers = Lakehouse.DEFAULT_WORKERS;

    /**
     * A plan {@code lakehouse:plan} wrote with the same parameter: the run does exactly it, and is
     * refused ({@code LH317}) when the project or the lakehouse has changed since. Without it, the
     * run plans for itself.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.planFile")
    File planFile;

    @Override
    void executeGoal() {
        if (workers < 1) {
            throw new ParameterException("lakehouse.workers must be at least 1, not " + workers);
        }
        GeneratedProject generated = generated();
        Lakehouse lakehouse = lakehouse(generated).withWorkers(workers);
        if (planFile == null) {
            lakehouse.run(generated, new MavenRunListener(getLog()));
        } else {
            SavedPlan saved = SavedPlan.read(planFile.toPath());
            lakehouse.run(generated, new MavenRunListener(getLog()), saved);
        }
    }
}
