package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.diagnostic.Diagnostic;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that generate share ({@code generate}, {@code docs}, and those that build): the project and output folders. */
abstract class AbstractGeneratingMojo extends AbstractLakehouseMojo {

    /**
     * The folder of the HOOK project: every {@code *.yml} below it is read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.projectDirectory", defaultValue = "${project.basedir}/src/main/lakehouse")
    File projectDirectory;

    /**
     * Where the generated SQL, {@code manifest.json} and the lineage docs are written. The generator
     * owns its {@code models/} and {@code docs/} folders and deletes stale files there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.outputDirectory", defaultValue = "${project.build.directory}/lakehouse")
    File outputDirectory;

    /** Generates the project into the output folder (only changed files are written); logs warnings. */
    final GenerationResult generate() {
        GenerationResult generation = UssGenerator.builder().build().generate(projectDirectory.toPath(),
                outputDirectory.toPath());
        remember(generation);
        generation.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::toString).forEach(getLog()::warn);
        return generation;
    }

    /**
     * Generates the project, then reads the output folder back: what the lakehouse executes is
     * exactly the files there ({@link GeneratedProject#read}).
     */
    final GeneratedProject generated() {
        generate();
        return GeneratedProject.read(outputDirectory.toPath());
    }
}
