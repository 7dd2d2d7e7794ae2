package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedOutputException;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.model.diagnostic.Diagnostic;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** The generation read without generating (an unchanged project), to locate a failing model by its manifest. */
    private GeneratedProject read;

    /** Generates the project into the output folder (only changed files are written); logs warnings. */
    final GenerationResult generate() {
        GenerationResult generation = generator().generate(projectDirectory.toPath(),
                outputDirectory.toPath());
        remember(generation);
        generation.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::toString).forEach(getLog()::warn);
        return generation;
    }

    /**
     * Generates the project, then reads the output folder back: what the lakehouse executes is
     * exactly the files there ({@link GeneratedProject#read}). When the output folder already holds
     * a generation of the project as it is now ({@link UssGenerator#isUpToDate}) and its files are
     * intact, that generation is read without generating again.
     */
    final GeneratedProject generated() {
        UssGenerator generator = generator();
        if (generator.isUpToDate(projectDirectory.toPath(), outputDirectory.toPath())) {
            try {
                GeneratedProject unchanged = GeneratedProject.read(outputDirectory.toPath());
                read = unchanged;
                getLog().info("Project unchanged since its generation in " + outputDirectory
                        + " (lakehouse:generate lists its warnings)");
                return unchanged;
            } catch (GeneratedOutputException e) {
                // A file of the output folder was changed or removed: generating again restores it.
            }
        }
        generate();
        return GeneratedProject.read(outputDirectory.toPath());
    }

    /** The generator: in the dialect of {@code lakehouse.engine} when given, else of each project's {@code engine:}. */
    private UssGenerator generator() {
        UssGenerator.Builder builder = UssGenerator.builder();
        EngineParameters.named(engine).map(UssGenerator::dialectOf).ifPresent(builder::dialect);
        return builder.build();
    }

    /** Where the YAML declares {@code model}: from this execution's generation, else from the manifest read without generating. */
    @Override
    Optional<String> origin(ModelName model) {
        Optional<String> generated = super.origin(model);
        if (generated.isPresent() || read == null) {
            return generated;
        }
        return read.model(model).flatMap(CompiledModel::origin).map(this::absolute);
    }

    /**
     * A manifest's origin ({@code file:line:column}, its file relative to the working directory or
     * else to the project folder, see {@code Locations}) with its file absolute, as a generation's.
     */
    private String absolute(String origin) {
        int column = origin.lastIndexOf(':');
        int line = column <= 0 ? -1 : origin.lastIndexOf(':', column - 1);
        if (line <= 0) {
            return origin;
        }
        Path file = Path.of(origin.substring(0, line));
        Path absolute = file.isAbsolute() || Files.isRegularFile(file.toAbsolutePath()) ? file.toAbsolutePath()
                : projectDirectory.toPath().resolve(file).toAbsolutePath();
        return absolute.normalize() + origin.substring(line);
    }
}
