package io.hooklake.maven;

import io.hooklake.runtime.Plan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
public final class PlanMojo extends AbstractLakehouseMojo {

    /**
     * {@code table}: the models with work and the counts per category and action; {@code json}:
     * every model with its category, action and reason, for tools.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.planFormat", defaultValue = "table")
    String planFormat;

    /**
     * Writes the plan to this file instead of the log.
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
        Plan plan = lakehouse().plan(generated());
        String text = planFormat.equals("json") ? plan.toJson() : plan.toTable();
        if (planFile == null) {
            text.lines().forEach(getLog()::info);
            return;
        }
        try {
            File parent = planFile.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(planFile.toPath(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the plan to " + planFile + ": " + e.getMessage(), e);
        }
        getLog().info("Plan written to " + planFile);
    }
}
