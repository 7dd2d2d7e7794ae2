package io.hooklake.generator.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard as one self-contained HTML page: its style sheet, its data (JSON) and its script
 * inline, nothing fetched when it is viewed. The script (plain ES5) draws each chart as SVG from
 * the data when the page opens and again when the grain or the split changes. Every text that
 * comes from the YAML is escaped for HTML, and for JSON inside a script (no {@code </} can close it).
 */
final class DashboardRenderer {

    private static final MathContext LIMITS = new MathContext(6);

    String render(String project, List<MetricChart> metrics, Function<MetricChart, Optional<String>> links) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(project)).append(": metrics</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(text(project)).append(": metrics</h1>\n")
                .append("<p class=\"about\">Each metric as a process-behaviour chart (XmR): the centre line is the mean of")
                .append(" the first ").append(Xmr.BASELINE).append(" points, the limits are the centre &plusmn; ")
                .append(Xmr.SCALE).append(" &times; the mean moving range (the lower one at least 0), and a run of ")
                .append(Xmr.RUN).append(" points on one side of the centre starts a new baseline. A red point is a")
                .append(" signal: above the upper or below the lower limit.</p>\n<div class=\"controls\">\n")
                .append("<label>Grain <select id=\"grain\">");
        for (Grain grain : Grain.values()) {
            html.append("<option value=\"").append(grain.word()).append("\"").append(grain == Grain.DAY ? " selected" : "")
                    .append(">").append(grain.word()).append("</option>");
        }
        html.append("</select></label>\n<label>Split by <select id=\"split\"><option value=\"\" selected>nothing</option>");
        metrics.stream().flatMap(m -> m.splitColumns().stream()).distinct().sorted().forEach(s ->
                html.append("<option value=\"").append(text(s)).append("\">").append(text(s)).append("</option>"));
        html.append("</select></label>\n</div>\n</header>\n<main>\n");
        if (metrics.isEmpty()) {
            html.append("<p>The project has no metric.</p>\n");
        }
        for (int i = 0; i < metrics.size(); i++) {
            MetricChart m = metrics.get(i);
            html.append("<section class=\"metric\" id=\"metric-").append(i).append("\">\n<h2>");
            Optional<String> link = links.apply(m);
            if (link.isPresent()) {
                html.append("<a href=\"").append(text(link.get())).append("\">").append(text(m.name())).append("</a>");
            } else {
                html.append(text(m.name()));
            }
            html.append("</h2>\n<p class=\"what\">").append(text(m.aggregate().yamlName())).append(" of ")
                    .append(text(m.event())).append(m.description().isEmpty() ? "" : ": " + text(m.description()))
                    .append("</p>\n<div class=\"row\"><div class=\"kpi\"></div><div class=\"main\"></div></div>\n")
                    .append("<div class=\"splits\"></div>\n</section>\n");
        }
        html.append("</main>\n<noscript><p>The charts are drawn by the page's script; turn JavaScript on to see them.</p></noscript>\n")
                .append("<script type=\"application/json\" id=\"data\">");
        json(html, metrics);
        html.append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void json(StringBuilder out, List<MetricChart> metrics) {
        out.append("{\"metrics\":[");
        for (int i = 0; i < metrics.size(); i++) {
            MetricChart m = metrics.get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":");
            string(out, m.name());
            out.append(",\"splits\":[");
            for (int s = 0; s < m.splitColumns().size(); s++) {
                out.append(s == 0 ? "" : ",");
                string(out, m.splitColumns().get(s));
            }
            out.append("],\"grains\":{");
            boolean first = true;
            for (Grain grain : Grain.values()) {
                MetricChart.Periods p = m.grains().get(grain);
                out.append(first ? "" : ",").append('"').append(grain.word()).append("\":{\"periods\":[");
                first = false;
                for (int k = 0; k < p.periods().size(); k++) {
                    out.append(k == 0 ? "\"" : ",\"").append(p.periods().get(k)).append('"');
                }
                out.append("],\"total\":");
                series(out, p.total());
                out.append(",\"splits\":{");
                boolean firstSplit = true;
                for (String split : m.splitColumns()) {
                    out.append(firstSplit ? "" : ",");
                    firstSplit = false;
                    string(out, split);
                    out.append(":{\"hidden\":").append(p.hiddenSplitValues().getOrDefault(split, 0)).append(",\"series\":[");
                    List<MetricChart.Series> series = p.splits().getOrDefault(split, List.of());
                    for (int k = 0; k < series.size(); k++) {
                        out.append(k == 0 ? "" : ",");
                        series(out, series.get(k));
                    }
                    out.append("]}");
                }
                out.append("}}");
            }
            out.append("}}");
        }
        out.append("]}");
    }

    /** A series: label, values, and centre and limits aligned with the values (NULL where a value is). */
    private static void series(StringBuilder out, MetricChart.Series s) {
        out.append("{\"label\":");
        string(out, s.label());
        StringBuilder v = new StringBuilder("[");
        StringBuilder c = new StringBuilder("[");
        StringBuilder u = new StringBuilder("[");
        StringBuilder l = new StringBuilder("[");
        int x = 0;
        for (int k = 0; k < s.values().size(); k++) {
            String sep = k == 0 ? "" : ",";
            Double value = s.values().get(k);
            if (value == null) {
                v.append(sep).append("null");
                c.append(sep).append("null");
                u.append(sep).append("null");
                l.append(sep).append("null");
            } else {
                v.append(sep).append(number(value, MathContext.UNLIMITED));
                c.append(sep).append(number(s.xmr().centre().get(x), LIMITS));
                u.append(sep).append(number(s.xmr().upper().get(x), LIMITS));
                l.append(sep).append(number(s.xmr().lower().get(x), LIMITS));
                x++;
            }
        }
        out.append(",\"v\":").append(v).append("],\"c\":").append(c).append("],\"u\":").append(u).append("],\"l\":")
                .append(l).append("]}");
    }

    private static String number(double value, MathContext precision) {
        return BigDecimal.valueOf(value).round(precision).stripTrailingZeros().toPlainString();
    }

    /** A JSON string that is safe inside a script element: no {@code <}, {@code >} or {@code &} as such. */
    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029') {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        out.append('"');
    }

    /** Text for HTML content and attribute values. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f5f7fa}
            header{padding:16px 24px 8px;background:#fff;border-bottom:1px solid #d9e2ec}
            h1{font-size:22px;margin:0 0 4px}
            .about{margin:0 0 8px;color:#52606d;max-width:1100px}
            .controls{display:flex;gap:24px;flex-wrap:wrap}
            .controls select{margin-left:6px;font:inherit}
            main{padding:8px 24px 24px;max-width:1400px}
            .metric{background:#fff;border:1px solid #d9e2ec;border-radius:6px;margin:16px 0;padding:12px 16px}
            .metric h2{font-size:18px;margin:0}
            .metric h2 a{color:#0b69a3;text-decoration:none}
            .metric h2 a:hover{text-decoration:underline}
            .what{margin:2px 0 8px;color:#52606d;overflow-wrap:anywhere}
            .row{display:grid;grid-template-columns:220px minmax(0,1fr);gap:16px;align-items:start}
            .kpi{border:1px solid #d9e2ec;border-radius:6px;padding:10px 12px}
            .kpi .latest{font-size:28px;font-weight:600}
            .kpi .period,.kpi .change{color:#52606d}
            .kpi .signal{margin-top:6px;font-weight:600;padding:2px 6px;border-radius:4px;display:inline-block}
            .signal.above{background:#fde8e8;color:#b42318}
            .signal.below{background:#fff4e5;color:#b54708}
            .signal.within{background:#e6f6ec;color:#137333}
            .splits{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px 24px;margin-top:8px}
            .splits h3{font-size:13px;margin:4px 0 0;overflow-wrap:anywhere}
            .note{color:#52606d;grid-column:1/-1}
            svg.xmr{width:100%;height:auto;display:block}
            svg.xmr text{font-size:11px;fill:#52606d}
            svg.xmr .axis{stroke:#bcccdc;stroke-width:1}
            svg.xmr .value{fill:none;stroke:#2f6f9f;stroke-width:1.5}
            svg.xmr .centre{fill:none;stroke:#2f855a;stroke-width:1.2}
            svg.xmr .limit{fill:none;stroke:#c53030;stroke-width:1;stroke-dasharray:5 3}
            svg.xmr circle.pt{fill:#2f6f9f}
            svg.xmr circle.pt.signal{fill:#d62828}
            """;

    static final String SCRIPT = """
            (function () {
              'use strict';
              var data = JSON.parse(document.getElementById('data').textContent);
              var grainSelect = document.getElementById('grain');
              var splitSelect = document.getElementById('split');
              var NS = 'http://www.w3.org/2000/svg';

              function fmt(x) {
                if (x === null || x === undefined) { return '\\u2013'; }
                var a = Math.abs(x);
                if (a >= 1e6) { return (x / 1e6).toFixed(2) + 'M'; }
                if (a >= 1e4) { return (x / 1e3).toFixed(1) + 'k'; }
                if (a >= 100) { return String(Math.round(x)); }
                return String(Math.round(x * 100) / 100);
              }

              function el(name, attrs, parent) {
                var e = document.createElementNS(NS, name);
                for (var k in attrs) { if (attrs.hasOwnProperty(k)) { e.setAttribute(k, attrs[k]); } }
                if (parent) { parent.appendChild(e); }
                return e;
              }

              function html(tag, cls, text, parent) {
                var e = document.createElement(tag);
                if (cls) { e.className = cls; }
                if (text !== null) { e.textContent = text; }
                if (parent) { parent.appendChild(e); }
                return e;
              }

              // An XmR chart of one series over the periods, as an SVG that scales to its box.
              function chart(periods, s, width, height) {
                var left = 56, right = 8, top = 8, bottom = 22;
                var svg = el('svg', {'class': 'xmr', viewBox: '0 0 ' + width + ' ' + height, role: 'img'});
                el('title', {}, svg).textContent = s.label;
                var n = periods.length, lo = 0, hi = 0, i;
                for (i = 0; i < n; i++) {
                  if (s.v[i] === null) { continue; }
                  lo = Math.min(lo, s.v[i], s.l[i]);
                  hi = Math.max(hi, s.v[i], s.u[i]);
                }
                if (hi === lo) { hi = lo + 1; }
                hi = hi + (hi - lo) * 0.05;
                var w = width - left - right, h = height - top - bottom;
                function x(k) { return left + (n <= 1 ? w / 2 : k * w / (n - 1)); }
                function y(v) { return top + h - (v - lo) * h / (hi - lo); }
                el('line', {'class': 'axis', x1: left, y1: top + h, x2: left + w, y2: top + h}, svg);
                el('line', {'class': 'axis', x1: left, y1: top, x2: left, y2: top + h}, svg);
                for (i = 0; i <= 3; i++) {
                  var tv = lo + (hi - lo) * i / 3;
                  el('text', {x: left - 4, y: y(tv) + 4, 'text-anchor': 'end'}, svg).textContent = fmt(tv);
                }
                var ticks = Math.min(n, 6);
                for (i = 0; i < ticks; i++) {
                  var k = ticks === 1 ? 0 : Math.round(i * (n - 1) / (ticks - 1));
                  el('text', {x: x(k), y: height - 6, 'text-anchor': i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle'}, svg)
                      .textContent = periods[k];
                }
                function line(key, cls) {
                  var pts = [], prev = null;
                  function flush() { if (pts.length) { el('polyline', {'class': cls, points: pts.join(' ')}, svg); } pts = []; }
                  for (var k = 0; k < n; k++) {
                    var v = s[key][k];
                    if (v === null) { continue; }
                    if (key !== 'v' && prev !== null && v !== prev) { flush(); }
                    pts.push(x(k).toFixed(1) + ',' + y(v).toFixed(1));
                    prev = v;
                  }
                  flush();
                }
                line('u', 'limit');
                line('l', 'limit');
                line('c', 'centre');
                line('v', 'value');
                var drawn = 0;
                for (i = 0; i < n; i++) {
                  if (s.v[i] === null) { continue; }
                  var signal = s.v[i] > s.u[i] || s.v[i] < s.l[i];
                  var dot = el('circle', {'class': signal ? 'pt signal' : 'pt', cx: x(i).toFixed(1), cy: y(s.v[i]).toFixed(1),
                      r: signal ? 3.5 : 2}, svg);
                  el('title', {}, dot).textContent = periods[i] + ': ' + fmt(s.v[i]) + (signal ? ' (signal)' : '');
                  drawn++;
                }
                svg.setAttribute('data-points', String(drawn));
                return svg;
              }

              function kpi(box, periods, s) {
                box.innerHTML = '';
                var last = -1, before = -1, i;
                for (i = periods.length - 1; i >= 0; i--) {
                  if (s.v[i] === null) { continue; }
                  if (last < 0) { last = i; } else { before = i; break; }
                }
                if (last < 0) { html('div', 'period', 'no events', box); return; }
                html('div', 'latest', fmt(s.v[last]), box);
                html('div', 'period', 'latest ' + grainSelect.value + ': ' + periods[last], box);
                if (before >= 0) {
                  var d = s.v[last] - s.v[before];
                  var pct = s.v[before] !== 0 ? ' (' + (d >= 0 ? '+' : '') + (100 * d / Math.abs(s.v[before])).toFixed(1) + '%)' : '';
                  html('div', 'change', 'change: ' + (d >= 0 ? '+' : '') + fmt(d) + pct + ' on ' + periods[before], box);
                }
                var word = s.v[last] > s.u[last] ? 'above' : s.v[last] < s.l[last] ? 'below' : 'within';
                var say = word === 'above' ? 'signal: above the upper limit (' + fmt(s.u[last]) + ')'
                    : word === 'below' ? 'signal: below the lower limit (' + fmt(s.l[last]) + ')'
                    : 'within the limits (' + fmt(s.l[last]) + ' to ' + fmt(s.u[last]) + ')';
                html('div', 'signal ' + word, say, box);
              }

              function render() {
                var grain = grainSelect.value, split = splitSelect.value;
                for (var m = 0; m < data.metrics.length; m++) {
                  var metric = data.metrics[m], g = metric.grains[grain];
                  var section = document.getElementById('metric-' + m);
                  kpi(section.querySelector('.kpi'), g.periods, g.total);
                  var main = section.querySelector('.main');
                  main.innerHTML = '';
                  main.appendChild(chart(g.periods, g.total, 1100, 260));
                  var splits = section.querySelector('.splits');
                  splits.innerHTML = '';
                  if (!split) { continue; }
                  var by = g.splits[split];
                  if (!by) {
                    html('p', 'note', metric.name + ' is not split by ' + split + '.', splits);
                    continue;
                  }
                  for (var k = 0; k < by.series.length; k++) {
                    var cell = html('div', 'split', null, splits);
                    html('h3', null, split + ' = ' + by.series[k].label, cell);
                    cell.appendChild(chart(g.periods, by.series[k], 640, 180));
                  }
                  if (by.hidden > 0) {
                    html('p', 'note', by.hidden + ' more value' + (by.hidden === 1 ? '' : 's') + ' of ' + split + ' not shown.', splits);
                  }
                }
              }

              grainSelect.addEventListener('change', render);
              splitSelect.addEventListener('change', render);
              render();
            }());
            """;
}
