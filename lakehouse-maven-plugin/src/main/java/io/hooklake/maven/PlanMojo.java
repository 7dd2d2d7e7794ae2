package io.hooklake.maven;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.Plan;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what {@code lakehouse:run} would do: which models are added, changed (directly or through
 * a parent), removed, or have new loads to take in, and why. Generates the project first; reads
 * the lakehouse's state and changes no data.
 *
 * @since 0.1.0
 */
@Mojo(name = "plan", threadSafe = true)
public final class PlanMojo extends AbstractBuildingMojo {

    /**
     * {@code table}: the models with work and the counts per category and action; {@code json}:
     * every model with its category, action and reason, for tools.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.planFormat", defaultValue = "table")
    String planFormat;

    /**
     * Writes the plan to this file instead of the log, with what it was made from, so that
     * {@code lakehouse:run} with the same parameter runs exactly it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.planFile")
    File planFile;

    @Override
    void executeGoal() throws MojoExecutionException {
        if (!planFormat.equals("table") && !planFormat.equals("json")) {
            throw new ParameterException("lakehouse.planFormat is '" + planFormat + "'; use table or json");
        }
        if (planFile == null) {
            GeneratedProject generated = generated();
            Plan plan = lakehouse(generated).plan(generated);
            (planFormat.equals("json") ? plan.toJson() : plan.toTable()).lines().forEach(getLog()::info);
            return;
        }
        GeneratedProject generated = generated();
        lakehouse(generated).plan(generated, planFile.toPath(), planFormat.equals("json"));
        getLog().info("Plan written to " + planFile);
    }
}
