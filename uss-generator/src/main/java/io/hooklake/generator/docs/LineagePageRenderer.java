package io.hooklake.generator.docs;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's {@code lineage.html}: the HOOK frame graph drawn as SVG (a node per frame, linking to
 * its frame model's page, an arrow per reference from the referring frame to the referred one,
 * dashed when not cascaded) and the layers with their model counts per kind.
 *
 * <p>Frames are placed in columns by how far their cascaded references reach: a frame that refers
 * to nothing is in the rightmost column, a frame referring to one of those in the column left of
 * it, and so on. Each frame shows its source above its name, and its name without the source's
 * prefix ({@code adventure_works__addresses} reads {@code addresses} below {@code adventure_works}).
 * A project with more than {@link #maxFrames} frames gets a sentence instead of the
 * picture, which would be too tall to read (each model's page still draws its own neighbourhood).
 */
final class LineagePageRenderer {

    /** The most frames drawn by default. */
    static final int MAX_FRAMES = 1_000;

    private final int maxFrames;

    LineagePageRenderer(int maxFrames) {
        this.maxFrames = maxFrames;
    }

    GeneratedFile render(SiteContent site) {
        StringBuilder page = new StringBuilder(8192 + 400 * site.frames().size());
        SitePage.open(page, site.projectName() + ": lineage", site.projectName(), "");
        page.append("<h1>Lineage of ").append(Html.text(site.projectName())).append("</h1>\n")
                .append("<h2>Frames and their references</h2>\n<p>")
                .append(IndexPageRenderer.count(site.frames().size(), "frame")).append(", ")
                .append(IndexPageRenderer.count(site.references().size(), "reference"))
                .append(". A frame refers to another when one of its hooks uses the keyset of the other's primary hook;")
                .append(" the arrow goes from the referring frame to the referred one (hover it for the hook), dashed")
                .append(" when the reference is not cascaded (a self-reference, or one that would close a cycle).")
                .append(" Click a frame to open its frame model.</p>\n");
        if (site.frames().isEmpty()) {
            page.append("<p class=\"muted\">The project has no frames.</p>\n");
        } else if (site.frames().size() > maxFrames) {
            page.append("<p>The project has ").append(site.frames().size()).append(" frames, more than this page draws (")
                    .append(maxFrames).append("); each model's page draws its own neighbourhood.</p>\n");
        } else {
            page.append("<div class=\"graph-box\">\n").append(frameGraph(site)).append("</div>\n");
        }
        layers(page, site);
        SitePage.close(page, null);
        return new GeneratedFile(DocsSite.LINEAGE, page.toString());
    }

    private static String frameGraph(SiteContent site) {
        Map<FrameName, List<FrameReference>> cascaded = new HashMap<>();
        site.references().stream().filter(FrameReference::cascaded)
                .forEach(r -> cascaded.computeIfAbsent(r.from(), f -> new ArrayList<>()).add(r));
        Map<FrameName, Integer> reach = new HashMap<>();
        SvgGraphWriter graph = new SvgGraphWriter("frames").maxWidth(SitePage.GRAPH_WIDTH);
        List<Frame> frames = site.frames().stream().sorted(Comparator.comparing(f -> f.name().value())).toList();
        for (Frame frame : frames) {
            String title = frame.description().isBlank() ? frame.name().value()
                    : frame.name().value() + ": " + frame.description();
            String name = frame.name().value();
            String source = frame.source().value();
            String label = name.startsWith(source + "__") && name.length() > source.length() + 2
                    ? name.substring(source.length() + 2) : name;
            graph.node(name, source, label, -reach(frame.name(), cascaded, reach, new HashSet<>()),
                    "silver k-frame", SitePage.modelPage(site.frameModel(frame.name())), title);
        }
        site.references().stream()
                .sorted(Comparator.comparing(FrameReference::from).thenComparing(FrameReference::to)
                        .thenComparing(r -> r.hook().value()))
                .forEach(r -> graph.edge(r.from().value(), r.to().value(), !r.cascaded(),
                        r.from().value() + " refers to " + r.to().value() + " through " + r.hook().value()
                                + (r.cascaded() ? "" : " (not cascaded: one step, its point-in-time hook only)")));
        return graph.render("frames of " + site.projectName() + " and their references");
    }

    /** How many cascaded references deep a frame reaches: 0 when it refers to nothing. */
    private static int reach(FrameName frame, Map<FrameName, List<FrameReference>> cascaded, Map<FrameName, Integer> reach,
            Set<FrameName> visiting) {
        Integer known = reach.get(frame);
        if (known != null) {
            return known;
        }
        if (!visiting.add(frame)) {
            return 0; // cascaded references form no cycle; guard anyway
        }
        int deepest = 0;
        for (FrameReference reference : cascaded.getOrDefault(frame, List.of())) {
            if (!reference.to().equals(frame)) {
                deepest = Math.max(deepest, 1 + reach(reference.to(), cascaded, reach, visiting));
            }
        }
        visiting.remove(frame);
        reach.put(frame, deepest);
        return deepest;
    }

    private static void layers(StringBuilder page, SiteContent site) {
        page.append("<h2>Layers</h2>\n<p>Each layer's models by kind; a layer's name opens its part of the index.</p>\n")
                .append("<table class=\"layers\">\n<thead><tr><th>layer</th><th>kind</th><th>models</th></tr></thead>\n<tbody>\n");
        for (String schema : site.layers()) {
            Map<ModelKind, List<Model>> groups = site.byKind(schema);
            groups.forEach((kind, models) -> page.append("<tr><td><a href=\"").append(DocsSite.INDEX).append("#layer-")
                    .append(Html.fileName(schema)).append("\">").append(Html.text(schema)).append("</a></td><td>")
                    .append(Html.text(SitePage.label(kind))).append("</td><td>").append(models.size()).append("</td></tr>\n"));
        }
        page.append("</tbody>\n</table>\n");
    }
}
