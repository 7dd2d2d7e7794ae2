package io.hooklake.generator.docs;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.util.Locale;

/**
 * The frame every page of the docs site shares: the document head with the inline style sheet,
 * the navigation bar and the closing tags, plus the names of pages and the kind labels. A page
 * fetches nothing: no style sheet, script, font or image comes from anywhere but the page itself.
 */
final class SitePage {

    /** The style sheet, inlined into every page (small, so repeating it costs little). */
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafafa}
            header{background:#1d2330;color:#fff;padding:8px 20px}header a{color:#fff;margin-right:18px}
            main{padding:4px 20px 40px;max-width:1400px}
            h1{font-size:22px;word-break:break-all}h2{font-size:18px;margin-top:28px}h3{font-size:15px;margin:14px 0 4px}
            code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
            pre{background:#fff;border:1px solid #ddd;padding:10px;overflow:auto}
            table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}td{overflow-wrap:break-word}.table-box{overflow-x:auto}
            dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 16px}dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
            ul.models{columns:3 320px;column-gap:28px;padding-left:18px}ul.models li{break-inside:avoid;overflow-wrap:anywhere}
            .muted{color:#667}.kind{font-size:12px;color:#556}.hidden{display:none}
            #filter{font-size:15px;padding:5px 8px;width:min(480px,90%)}
            .graph-box{overflow-x:auto;border:1px solid #ddd;background:#fff}
            svg.graph text{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;fill:#1d2330}svg.graph text.caption{font-size:10px;fill:#667}
            svg.graph rect{stroke:#556;stroke-width:1;fill:#eef}svg.graph .edge{fill:none;stroke:#889;stroke-width:1.2}
            svg.graph .dashed{stroke-dasharray:5 4}svg.graph .arrow-head{fill:#889}
            svg.graph .bronze rect{fill:#e9c9a6}svg.graph .silver rect{fill:#dfe3e8}svg.graph .gold rect{fill:#fbe38a}
            svg.graph .external rect{fill:#fff;stroke-dasharray:3 3}svg.graph .more rect{fill:#fff}
            svg.graph .focus rect{stroke:#c0392b;stroke-width:2.5}svg.graph a:hover rect{stroke:#2b6cb0;stroke-width:2}
            """;

    /**
     * The widest picture, in CSS pixels: what a page's main column offers in a 1400 px window
     * (less the scroll bar, the margins and the picture's border). Wider pictures wrap their
     * labels to fit; one that still does not fit scrolls sideways in its box.
     */
    static final double GRAPH_WIDTH = 1340;

    private SitePage() {
    }

    /** The page's opening: doctype, head, header with links to the index and the lineage, and {@code <main>}. */
    static void open(StringBuilder page, String title, String project, String root) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Hooklake\">\n")
                .append("<title>").append(Html.text(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header><a href=\"").append(root).append(DocsSite.INDEX).append("\">")
                .append(Html.text(project)).append(": models</a><a href=\"").append(root).append(DocsSite.LINEAGE)
                .append("\">lineage</a></header>\n<main>\n");
    }

    /** The page's end, with an optional inline script. */
    static void close(StringBuilder page, String script) {
        page.append("</main>\n");
        if (script != null) {
            page.append("<script>\n").append(script).append("</script>\n");
        }
        page.append("</body>\n</html>\n");
    }

    /** A model's page, relative to the site's root: {@code models/<schema>/<name>.html}. */
    static String modelPage(ModelName model) {
        return DocsSite.MODELS_DIR + "/" + Html.fileName(model.schema()) + "/" + Html.fileName(model.name()) + ".html";
    }

    /** A heading's words for a kind. */
    static String label(ModelKind kind) {
        return LineageRenderer.label(kind);
    }

    /** The kind in lower case with spaces, as in {@code event bridge}. */
    static String kindWord(ModelKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The CSS class of a kind's nodes: its medallion colour and its kind. */
    static String css(ModelKind kind) {
        return LineageRenderer.css(kind) + " k-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
