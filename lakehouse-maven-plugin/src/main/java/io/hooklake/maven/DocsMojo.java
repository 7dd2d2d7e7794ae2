package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the lineage docs of the project: for now the Mermaid diagrams the generator writes to
 * {@code docs/lineage.md} in the output folder (the HOOK frame graph, the layers, the model DAG and
 * the star), which GitHub, GitLab and most Markdown viewers draw.
 *
 * @since 0.1.0
 */
@Mojo(name = "docs", threadSafe = true)
public final class DocsMojo extends AbstractLakehouseMojo {

    @Override
    void executeGoal() {
        GenerationResult generated = generate();
        generated.written().stream().filter(f -> f.startsWith("docs/"))
                .forEach(f -> getLog().info("Wrote " + outputDirectory.toPath().resolve(f)));
        generated.unchanged().stream().filter(f -> f.startsWith("docs/"))
                .forEach(f -> getLog().info("Up to date: " + outputDirectory.toPath().resolve(f)));
        writeSite(generated);
    }

    /**
     * The HTML documentation site. TODO(coordinator): wire {@code io.hooklake.generator.docs.DocsSite}
     * here when it lands: write the site for {@code generated} (into a folder outside the generator's
     * own {@code docs/}, which it cleans) and log the path of its index page. Nothing else in this
     * goal needs to change; document the new folder in docs/maven-plugin.md.
     */
    private void writeSite(GenerationResult generated) {
        // Nothing yet: the Mermaid lineage above is the whole of the docs for now.
    }
}
