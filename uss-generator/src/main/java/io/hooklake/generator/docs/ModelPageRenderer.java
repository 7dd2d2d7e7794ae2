package io.hooklake.generator.docs;

import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.model.CompositeHook;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.HookName;
import io.hooklake.model.Keyset;
import io.hooklake.model.Table;
import io.hooklake.model.ValueSource;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A model's page, {@code models/<schema>/<name>.html}: what it is (kind, layer, materialization,
 * grain, origin in the YAML, the frame and table it is built for), its lineage drawn as SVG, its
 * upstream and downstream models as links, its columns, and its SQL.
 */
final class ModelPageRenderer {

    /** From a model's page back to the site's root. */
    private static final String ROOT = "../../";

    GeneratedFile render(SiteContent site, GeneratedModel generated) {
        Model model = generated.model();
        ModelName name = model.name();
        StringBuilder page = new StringBuilder(8192 + model.sql().length() + 200 * model.columns().size());
        SitePage.open(page, name.qualified() + " - " + site.projectName(), site.projectName(), ROOT);
        page.append("<h1>").append(Html.text(name.qualified())).append("</h1>\n<dl class=\"facts\">\n");
        fact(page, "kind", Html.text(SitePage.kindWord(model.kind())));
        fact(page, "layer", "<a href=\"" + ROOT + DocsSite.INDEX + "#layer-" + Html.fileName(name.schema()) + "\">"
                + Html.text(name.schema()) + "</a>");
        fact(page, "materialization", model.materialization().name().toLowerCase(Locale.ROOT));
        fact(page, "grain", model.grain().isEmpty() ? "<span class=\"muted\">none</span>"
                : model.grain().stream().map(c -> "<code>" + Html.text(c) + "</code>").collect(Collectors.joining(", ")));
        model.origin().ifPresent(o -> fact(page, "origin", "<code>" + Html.breakable(site.location(o)) + "</code>"));
        site.frame(name).ifPresent(f -> fact(page, "frame", frame(site, f, name)));
        site.table(name).ifPresent(t -> fact(page, "raw table", table(t)));
        fact(page, "generated file", "<code>" + Html.text(generated.file()) + "</code>");
        fact(page, "fingerprint", "<code>" + Html.text(generated.fingerprint().toString()) + "</code>");
        page.append("</dl>\n");

        page.append("<h2>Lineage</h2>\n<div class=\"graph-box\">\n")
                .append(new Neighbourhood(site, name).render()).append("</div>\n");
        page.append("<p class=\"muted\">Upstream to the left, downstream to the right, up to ")
                .append("two steps away (one when that would draw too many); click a model to open it.</p>\n");

        page.append("<h2>Upstream <span class=\"muted\">(").append(site.upstream(name).size() + site.externalInputs(name).size())
                .append(")</span></h2>\n");
        links(page, site.upstream(name), site.externalInputs(name), "upstream");
        page.append("<h2>Downstream <span class=\"muted\">(").append(site.downstream(name).size()).append(")</span></h2>\n");
        links(page, site.downstream(name), Collections.emptySortedSet(), "downstream");

        columns(page, model);
        site.frame(name).filter(f -> site.frameModel(f.name()).equals(name)).ifPresent(f -> hooks(page, site, f));

        page.append("<h2>SQL</h2>\n<pre><code class=\"sql\">").append(Html.text(model.sql())).append("</code></pre>\n");
        SitePage.close(page, null);
        return new GeneratedFile(SitePage.modelPage(name), page.toString());
    }

    private static void fact(StringBuilder page, String term, String html) {
        page.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** The frame, linking to its frame model unless that is the page itself, and its description. */
    private static String frame(SiteContent site, Frame frame, ModelName page) {
        ModelName frameModel = site.frameModel(frame.name());
        String link = frameModel.equals(page) ? Html.text(frame.name().value())
                : "<a href=\"" + ROOT + SitePage.modelPage(frameModel) + "\">" + Html.text(frame.name().value()) + "</a>";
        return frame.description().isBlank() ? link : link + ": " + Html.text(frame.description());
    }

    private static String table(Table table) {
        String name = "<code>" + Html.text(table.source().value() + "." + table.name().value()) + "</code>";
        return table.description().isBlank() ? name : name + ": " + Html.text(table.description());
    }

    private static void links(StringBuilder page, SortedSet<ModelName> models, SortedSet<ModelName> external, String what) {
        if (models.isEmpty() && external.isEmpty()) {
            page.append("<p class=\"muted\">none</p>\n");
            return;
        }
        page.append("<ul class=\"models ").append(what).append("\">\n");
        models.forEach(m -> page.append("<li><a href=\"").append(ROOT).append(SitePage.modelPage(m)).append("\">")
                .append(Html.breakable(m.qualified())).append("</a></li>\n"));
        external.forEach(e -> page.append("<li><code>").append(Html.breakable(e.qualified()))
                .append("</code> <span class=\"kind\">external source</span></li>\n"));
        page.append("</ul>\n");
    }

    private static void columns(StringBuilder page, Model model) {
        page.append("<h2>Columns <span class=\"muted\">(").append(model.columns().size()).append(")</span></h2>\n")
                .append("<div class=\"table-box\"><table class=\"columns\">\n<thead><tr><th>#</th><th>name</th><th>type</th><th>grain</th>")
                .append("<th>description</th></tr></thead>\n<tbody>\n");
        int position = 1;
        for (ModelColumn column : model.columns()) {
            page.append("<tr><td>").append(position++).append("</td><td><code>").append(Html.text(column.name()))
                    .append("</code></td><td><code>").append(Html.text(column.type())).append("</code></td><td>")
                    .append(model.grain().contains(column.name()) ? "yes" : "").append("</td><td>")
                    .append(column.description() == null ? "" : Html.text(column.description())).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table></div>\n");
    }

    /** On a frame model's page: the frame's hooks, with their keysets and concepts. */
    private static void hooks(StringBuilder page, SiteContent site, Frame frame) {
        page.append("<h2>Hooks <span class=\"muted\">(").append(frame.allHooks().size()).append(")</span></h2>\n")
                .append("<div class=\"table-box\"><table class=\"hooks\">\n<thead><tr><th>hook</th><th>primary</th><th>keyset</th><th>concept</th>")
                .append("<th>business key</th><th>origin</th></tr></thead>\n<tbody>\n");
        for (HookDefinition definition : frame.allHooks()) {
            page.append("<tr><td><code>").append(Html.breakable(definition.name().value())).append("</code></td><td>")
                    .append(definition.primary() ? "yes" : "").append("</td>");
            if (definition instanceof Hook hook) {
                String keyset = site.keyset(hook.keyset()).map(Keyset::description).orElse("");
                page.append("<td><code>").append(Html.breakable(hook.keyset().value())).append("</code>")
                        .append(keyset.isBlank() ? "" : ": " + Html.text(keyset)).append("</td><td>");
                site.keyset(hook.keyset()).flatMap(k -> site.concept(k.concept())).ifPresent(c -> page
                        .append("<code>").append(Html.breakable(c.name().value())).append("</code>")
                        .append(c.description().isBlank() ? "" : ": " + Html.text(c.description())));
                page.append("</td><td><code>").append(Html.text(businessKey(hook.businessKey())))
                        .append(hook.role().map(r -> "</code> as <code>" + Html.text(r)).orElse("")).append("</code></td>");
            } else if (definition instanceof CompositeHook composite) {
                page.append("<td colspan=\"3\">composite of ").append(composite.parts().stream()
                        .map(HookName::value).map(p -> "<code>" + Html.text(p) + "</code>")
                        .collect(Collectors.joining(", "))).append("</td>");
            }
            page.append("<td><code>").append(Html.breakable(site.location(definition.location()))).append("</code></td></tr>\n");
        }
        page.append("</tbody>\n</table></div>\n");
    }

    private static String businessKey(ValueSource source) {
        if (source instanceof ValueSource.ColumnRef ref) {
            return ref.column().value();
        }
        if (source instanceof ValueSource.SqlExpression expression) {
            return expression.sql();
        }
        return source.toString();
    }
}
