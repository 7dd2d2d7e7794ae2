package io.hooklake.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates the project and runs its models on the lakehouse: builds what is new or changed, drops
 * what was removed and takes new loads into the incremental tables, each model in one transaction
 * with its grain audit. Logs one line per model as it finishes and a summary. A failing statement
 * or audit rolls that model back, stops the run and fails the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", threadSafe = true)
public final class RunMojo extends AbstractLakehouseMojo {

    @Override
    void executeGoal() {
        lakehouse().run(generate(), new MavenRunListener(getLog()));
    }
}
