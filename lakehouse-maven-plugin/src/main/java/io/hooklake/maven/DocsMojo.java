package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.model.load.ProjectLoader;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the docs of the project: a browsable, self-contained HTML site of every model (columns,
 * grain, SQL, YAML origin, upstream and downstream links, lineage drawn as SVG) in
 * {@code siteDirectory}, and the Mermaid diagrams the generator writes to {@code docs/lineage.md}
 * in the output folder (the HOOK frame graph, the layers, the model DAG and the star).
 *
 * @since 0.1.0
 */
@Mojo(name = "docs", threadSafe = true)
public final class DocsMojo extends AbstractGeneratingMojo {

    /**
     * The folder of the HTML site; open its {@code index.html} in a browser. It must not be the
     * output folder or inside it: the generator owns that.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.siteDirectory", defaultValue = "${project.build.directory}/lakehouse-site")
    File siteDirectory;

    @Override
    void executeGoal() {
        GenerationResult generated = generate();
        generated.written().stream().filter(f -> f.startsWith("docs/"))
                .forEach(f -> getLog().info("Wrote " + outputDirectory.toPath().resolve(f)));
        generated.unchanged().stream().filter(f -> f.startsWith("docs/"))
                .forEach(f -> getLog().info("Up to date: " + outputDirectory.toPath().resolve(f)));
        writeSite(generated);
    }

    private void writeSite(GenerationResult generated) {
        var project = ProjectLoader.load(projectDirectory.toPath());
        var written = new DocsSite(projectDirectory.toPath()).write(project, generated, siteDirectory.toPath());
        getLog().info("Docs site: " + siteDirectory.toPath().resolve(DocsSite.INDEX) + " (" + written.written().size()
                + " pages written, " + written.unchanged().size() + " unchanged, " + written.deleted().size() + " removed)");
    }
}
