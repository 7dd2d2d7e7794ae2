package io.hooklake.generator.docs;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.graph.FrameGraph;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.generator.output.Locations;
import io.hooklake.generator.output.OutputWriter;
import io.hooklake.generator.output.WriteResult;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A browsable, self-contained static site of a generation's models and lineage: open
 * {@code index.html} in any browser, from the file system, with no server and no network.
 *
 * <pre>{@code
 * Project project = ProjectLoader.load(projectDir);
 * GenerationResult generated = UssGenerator.builder().build().generate(project, Path.of("target/lakehouse"));
 * WriteResult site = new DocsSite(projectDir).write(project, generated, Path.of("target/lakehouse/site"));
 * }</pre>
 *
 * <p>Files, relative to the site directory:
 * <ul>
 *   <li>{@value #INDEX}: every model grouped by layer and kind, with a filter box;</li>
 *   <li>{@value #LINEAGE}: the frames and their references drawn as SVG, and the layers;</li>
 *   <li>{@code models/<schema>/<name>.html}, one per model ({@link #modelPage}): kind,
 *       materialization, grain, origin in the YAML, frame and raw table, its lineage
 *       neighbourhood drawn as SVG, upstream and downstream models as links, columns and SQL.</li>
 * </ul>
 * Every page carries its own style sheet; only the index has a script (the filter, plain
 * JavaScript); the pictures are SVG drawn here, so nothing is fetched when a page is viewed.
 * Every name, description and statement is HTML-escaped. The output is deterministic: two runs
 * over the same generation give the same bytes (sorted, LF, no timestamps, no absolute paths:
 * YAML locations are printed as in the manifest).
 *
 * <p>Writing follows the generator's rules ({@link OutputWriter}): a file is written only when its
 * content changed, and the site owns {@code <site>/models/}: a page there that this run did not
 * produce (a model that went away) is deleted, but only when the directory already holds an
 * {@value #INDEX} from an earlier run; otherwise the write is refused ({@code LH242}). Nothing else
 * in the site directory is touched. Give the site a directory of its own, not the generation's
 * output directory (whose {@code models/} the generator owns): {@code <out>/site} is a good place.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class DocsSite {

    /** The index page, the site's entry point. */
    public static final String INDEX = "index.html";
    /** The lineage overview page. */
    public static final String LINEAGE = "lineage.html";
    /** Where model pages go: {@code models/<schema>/<name>.html}. */
    public static final String MODELS_DIR = "models";

    private final Function<Location, String> locations;
    private final int maxOverviewFrames;
    private final OutputWriter writer = new OutputWriter(List.of(MODELS_DIR), INDEX);

    /**
     * A site whose YAML locations are printed as the manifest of {@code UssGenerator.generate(projectDir, out)}
     * prints them: relative to the working directory when below it, else to {@code projectDir}.
     */
    public DocsSite(Path projectDir) {
        this(location -> Locations.relative(location, Objects.requireNonNull(projectDir, "projectDir")),
                LineagePageRenderer.MAX_FRAMES);
    }

    /** A site whose YAML locations are printed relative to the working directory when below it. */
    public DocsSite() {
        this(location -> Locations.relative(location, null), LineagePageRenderer.MAX_FRAMES);
    }

    DocsSite(Function<Location, String> locations, int maxOverviewFrames) {
        this.locations = locations;
        this.maxOverviewFrames = maxOverviewFrames;
    }

    /**
     * The site's pages, sorted by path, without writing anything.
     *
     * @param project the project the models were generated from (for the frames, their references
     *     and descriptions)
     * @param generated what the generation produced from it
     */
    public List<GeneratedFile> render(Project project, GenerationResult generated) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(generated, "generated");
        SiteContent site = new SiteContent(project, generated, FrameGraph.of(project).references(), locations);
        List<GeneratedFile> files = new ArrayList<>(generated.models().size() + 2);
        files.add(new IndexPageRenderer().render(site));
        files.add(new LineagePageRenderer(maxOverviewFrames).render(site));
        ModelPageRenderer pages = new ModelPageRenderer();
        for (GeneratedModel model : site.models().values()) {
            files.add(pages.render(site, model));
        }
        files.sort(null);
        return files;
    }

    /**
     * Writes the site into {@code siteDir} (created if needed) and removes pages of models that
     * are gone.
     *
     * @return the files written, left unchanged and deleted, relative to {@code siteDir}
     * @throws io.hooklake.generator.output.OutputException {@code LH241} when the file system fails,
     *     {@code LH242} when {@code siteDir} holds files below {@code models/} but no {@value #INDEX}
     */
    public WriteResult write(Project project, GenerationResult generated, Path siteDir) {
        Objects.requireNonNull(siteDir, "siteDir");
        return writer.write(siteDir, render(project, generated));
    }

    /** A model's page, relative to the site directory: {@code models/<schema>/<name>.html}. */
    public static String modelPage(ModelName model) {
        return SitePage.modelPage(model);
    }
}
