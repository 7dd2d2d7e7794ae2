package io.hooklake.generator.docs;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.output.GeneratedFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * The site's {@code index.html}: every model, a section per layer (schema, in layer order) and a
 * group per kind, each entry a link to the model's page, and a box that filters the list as one
 * types. Without JavaScript the whole list shows and only the filter does nothing.
 */
final class IndexPageRenderer {

    /**
     * Filters the list: an entry stays when its search text (qualified name, kind,
     * materialization) holds every word typed; groups left empty hide too. Plain ES5, no library.
     */
    static final String SCRIPT = """
            (function () {
              var input = document.getElementById('filter');
              var count = document.getElementById('count');
              var items = document.querySelectorAll('li[data-search]');
              var texts = [];
              for (var i = 0; i < items.length; i++) {
                texts.push(items[i].getAttribute('data-search'));
              }
              var groups = document.querySelectorAll('[data-group]');
              var members = [];
              for (var g = 0; g < groups.length; g++) {
                members.push(groups[g].querySelectorAll('li[data-search]'));
              }
              var last = null;
              function apply() {
                var value = input.value.toLowerCase();
                if (value === last) {
                  return;
                }
                last = value;
                var terms = value.split(/\\s+/);
                var shown = 0;
                for (var i = 0; i < items.length; i++) {
                  var match = true;
                  for (var j = 0; j < terms.length && match; j++) {
                    match = texts[i].indexOf(terms[j]) >= 0;
                  }
                  var itemClass = match ? '' : 'hidden';
                  if (items[i].className !== itemClass) {
                    items[i].className = itemClass;
                  }
                  if (match) {
                    shown++;
                  }
                }
                for (var g = 0; g < groups.length; g++) {
                  var visible = false;
                  for (var m = 0; m < members[g].length && !visible; m++) {
                    visible = members[g][m].className !== 'hidden';
                  }
                  var groupClass = visible ? '' : 'hidden';
                  if (groups[g].className !== groupClass) {
                    groups[g].className = groupClass;
                  }
                }
                count.textContent = shown === items.length
                    ? items.length + ' models'
                    : shown + ' of ' + items.length + ' models';
              }
              input.addEventListener('input', apply);
              input.addEventListener('keyup', apply);
              apply();
            })();
            """;

    GeneratedFile render(SiteContent site) {
        int total = site.models().size();
        StringBuilder page = new StringBuilder(4096 + 200 * total);
        SitePage.open(page, site.projectName() + ": models", site.projectName(), "");
        page.append("<h1>").append(Html.text(site.projectName())).append("</h1>\n<p>")
                .append(count(total, "model")).append(" in ").append(count(site.layers().size(), "layer")).append(", ")
                .append(count(site.frames().size(), "frame")).append(", ")
                .append(count(site.externalSources().size(), "external source"))
                .append(". Each model's page shows its columns, grain, SQL, where it comes from in the YAML, and its")
                .append(" lineage; <a href=\"").append(DocsSite.LINEAGE).append("\">the lineage page</a> shows the frames")
                .append(" and their references.</p>\n")
                .append("<p><label for=\"filter\">Filter </label><input id=\"filter\" type=\"search\" autocomplete=\"off\" autofocus")
                .append(" placeholder=\"words in a model's name, kind or materialization\"> <span id=\"count\" class=\"muted\">")
                .append(count(total, "model")).append("</span></p>\n");
        for (String schema : site.layers()) {
            Map<ModelKind, List<Model>> groups = site.byKind(schema);
            int inSchema = groups.values().stream().mapToInt(List::size).sum();
            page.append("<section data-group=\"layer\" id=\"layer-").append(Html.fileName(schema)).append("\">\n<h2>")
                    .append(Html.text(schema)).append(" <span class=\"muted\">(").append(inSchema).append(")</span></h2>\n");
            groups.forEach((kind, models) -> {
                page.append("<div data-group=\"kind\">\n<h3>").append(Html.text(SitePage.label(kind)))
                        .append(" <span class=\"muted\">(").append(models.size()).append(")</span></h3>\n<ul class=\"models\">\n");
                models.forEach(m -> item(page, m));
                page.append("</ul>\n</div>\n");
            });
            page.append("</section>\n");
        }
        SortedSet<ModelName> external = site.externalSources();
        if (!external.isEmpty()) {
            page.append("<section id=\"external\">\n<h2>External sources <span class=\"muted\">(").append(external.size())
                    .append(")</span></h2>\n<p>Relations models read that no model produces (the runtime lands them).</p>\n")
                    .append("<ul class=\"models\">\n");
            external.forEach(e -> page.append("<li><code>").append(Html.breakable(e.qualified())).append("</code></li>\n"));
            page.append("</ul>\n</section>\n");
        }
        SitePage.close(page, SCRIPT);
        return new GeneratedFile(DocsSite.INDEX, page.toString());
    }

    private static void item(StringBuilder page, Model model) {
        String search = (model.name().qualified() + " " + SitePage.kindWord(model.kind()) + " "
                + model.materialization().name()).toLowerCase(Locale.ROOT);
        page.append("<li data-search=\"").append(Html.attribute(search)).append("\"><a href=\"")
                .append(SitePage.modelPage(model.name())).append("\" title=\"").append(Html.attribute(model.name().qualified()))
                .append("\">").append(Html.breakable(model.name().name())).append("</a> <span class=\"kind\">")
                .append(model.materialization().name().toLowerCase(Locale.ROOT)).append("</span></li>\n");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
