package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AdventureWorks example's docs site (350 models) in a real headless Chromium with a 1400 by
 * 900 window: the pages fit the window, pictures show every label whole, a model page shows its
 * own node on load, list items do not run into each other, links lead to pages, and nothing logs
 * an error. Screenshots go to {@code target/screenshots/} for a person to look at. Skips when
 * Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DocsSiteChromiumTest {

    private static final Path ADVENTURE_WORKS = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ModelName UNIFIED_BRIDGE = new ModelName("dar", "_bridge__as_of");

    /** How many of the busiest model pages are checked besides one of each kind. */
    private static final int BUSIEST = 24;
    /** Half a pixel: layout rounds. */
    private static final double SLACK = 0.5;

    @TempDir
    static Path temp;

    private static Path site;
    private static GenerationResult generated;
    private static HeadlessChromium chromium;

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void writeSiteAndStartChromium() {
        HeadlessChromium.assumeInstalled();
        Project project = ProjectLoader.load(ADVENTURE_WORKS);
        generated = UssGenerator.builder().build().generate(project, temp.resolve("out"));
        site = temp.resolve("site");
        new DocsSite(ADVENTURE_WORKS).write(project, generated, site);
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void indexFitsTheWindowAndItsItemsDoNotRunIntoEachOther() throws IOException {
        open(DocsSite.INDEX);
        chromium.screenshot(SCREENSHOTS.resolve("index.png"));

        assertFitsTheWindow();
        assertThat(chromium.number("return document.querySelectorAll('ul.models li').length"))
                .isEqualTo(generated.models().size() + generated.externalSources().size());
        assertItemsApart();
        assertLinksLeadToPages();
        assertNoConsoleErrors();
    }

    @Test
    void lineagePageDrawsTheWholeFrameGraphWithEveryLabelInsideItsBox() throws IOException {
        open(DocsSite.LINEAGE);
        chromium.screenshot(SCREENSHOTS.resolve("lineage.png"));
        chromium.fullPageScreenshot(SCREENSHOTS.resolve("lineage-full.png"));

        assertFitsTheWindow();
        assertGraphShownWhole();
        assertLabelsInsideTheirBoxes();
        assertLinksLeadToPages();
        assertNoConsoleErrors();
    }

    @Test
    void largestBridgePageShowsItsOwnNodeOnLoad() throws IOException {
        ModelName bridge = largestBridge();
        open(DocsSite.modelPage(bridge));
        chromium.screenshot(SCREENSHOTS.resolve("largest-bridge.png"));
        chromium.fullPageScreenshot(SCREENSHOTS.resolve("largest-bridge-full.png"));

        assertFitsTheWindow();
        assertGraphShownWhole();
        assertLabelsInsideTheirBoxes();
        assertFocusInTheWindow();
        assertItemsApart();
        assertLinksLeadToPages();
        assertNoConsoleErrors();
    }

    @Test
    void unifiedBridgePageShowsItsOwnNodeOnLoad() throws IOException {
        open(DocsSite.modelPage(UNIFIED_BRIDGE));
        chromium.screenshot(SCREENSHOTS.resolve("unified-bridge.png"));
        chromium.fullPageScreenshot(SCREENSHOTS.resolve("unified-bridge-full.png"));

        assertFitsTheWindow();
        assertGraphShownWhole();
        assertLabelsInsideTheirBoxes();
        assertFocusInTheWindow();
        assertItemsApart();
        assertLinksLeadToPages();
        assertNoConsoleErrors();
    }

    /**
     * Every page would take a minute and a half on a busy two-core machine, so this checks the
     * pages with the largest pictures (the most models upstream and downstream) and the first
     * page of each kind.
     */
    @Test
    void busiestModelPagesFitTheWindowAndShowTheirOwnNodeOnLoad() {
        List<String> problems = new ArrayList<>();
        for (ModelName name : busiestModelsAndOneOfEachKind()) {
            open(DocsSite.modelPage(name));
            List<String> found = chromium.strings("""
                    var problems = [];
                    var doc = document.scrollingElement;
                    if (doc.scrollWidth > window.innerWidth) {
                      problems.push('page ' + doc.scrollWidth + ' px wide');
                    }
                    var box = document.querySelector('.graph-box');
                    if (box.scrollWidth > box.clientWidth) {
                      problems.push('picture ' + box.scrollWidth + ' px wide in a ' + box.clientWidth + ' px box');
                    }
                    var r = document.querySelector('svg.graph .focus rect').getBoundingClientRect();
                    if (r.left < 0 || r.top < 0 || r.right > doc.clientWidth || r.bottom > window.innerHeight) {
                      problems.push('own node at ' + Math.round(r.left) + ',' + Math.round(r.top));
                    }
                    return problems;
                    """);
            found.forEach(p -> problems.add(name.qualified() + ": " + p));
            chromium.severeLogs().forEach(p -> problems.add(name.qualified() + ": console: " + p));
        }
        assertThat(problems).isEmpty();
    }

    private static void open(String page) {
        chromium.open(site.resolve(page));
        assertThat(chromium.number("return window.innerWidth")).isEqualTo(HeadlessChromium.WIDTH);
    }

    /** The bridge with the most models upstream and downstream, the first by name among equals. */
    private static ModelName largestBridge() {
        return byNeighbours().stream().filter(m -> m.kind() == ModelKind.BRIDGE).findFirst().orElseThrow().name();
    }

    /** The {@value #BUSIEST} models with the most neighbours, and the first model of each kind by name. */
    private static Set<ModelName> busiestModelsAndOneOfEachKind() {
        Set<ModelName> pages = new TreeSet<>();
        byNeighbours().stream().limit(BUSIEST).forEach(m -> pages.add(m.name()));
        generated.models().stream().map(GeneratedModel::model).sorted(Comparator.comparing(Model::name))
                .collect(Collectors.toMap(Model::kind, Model::name, (first, later) -> first, TreeMap::new))
                .values().forEach(pages::add);
        return pages;
    }

    /** Every model, the most models upstream and downstream first, then by name. */
    private static List<Model> byNeighbours() {
        List<Model> models = generated.models().stream().map(GeneratedModel::model).toList();
        Map<ModelName, Long> readers = models.stream().flatMap(m -> m.upstream().stream())
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        return models.stream()
                .sorted(Comparator.comparingLong((Model m) -> -(m.upstream().size() + readers.getOrDefault(m.name(), 0L)))
                        .thenComparing(Model::name))
                .toList();
    }

    private static void assertFitsTheWindow() {
        List<String> wide = chromium.strings("""
                var limit = window.innerWidth;
                if (document.scrollingElement.scrollWidth <= limit) {
                  return [];
                }
                var out = ['page is ' + document.scrollingElement.scrollWidth + ' px wide'];
                var all = document.body.querySelectorAll('*');
                for (var i = 0; i < all.length && out.length < 8; i++) {
                  var r = all[i].getBoundingClientRect();
                  var clipped = false;
                  for (var p = all[i].parentElement; p !== null && !clipped; p = p.parentElement) {
                    clipped = getComputedStyle(p).overflowX !== 'visible';
                  }
                  if (r.right > limit && !clipped) {
                    out.push(all[i].tagName + '.' + all[i].getAttribute('class') + ' "'
                        + all[i].textContent.substring(0, 40) + '" ends at ' + Math.round(r.right));
                  }
                }
                return out;
                """);
        assertThat(wide).as("wider than the window (%s px)", HeadlessChromium.WIDTH).isEmpty();
    }

    /** The picture needs no scrolling sideways: its box is as wide as it. */
    private static void assertGraphShownWhole() {
        assertThat(chromium.number("var b = document.querySelector('.graph-box'); return b.scrollWidth - b.clientWidth"))
                .as("the picture is wider than its box").isLessThanOrEqualTo(0);
    }

    /** Every label of the picture lies inside its node's box, and every box inside the picture. */
    private static void assertLabelsInsideTheirBoxes() {
        List<String> cut = chromium.strings("""
                var slack = arguments[0];
                var svg = document.querySelector('svg.graph').getBoundingClientRect();
                var out = [];
                var nodes = document.querySelectorAll('svg.graph g.node');
                for (var i = 0; i < nodes.length; i++) {
                  var box = nodes[i].querySelector('rect').getBoundingClientRect();
                  if (box.left < svg.left - slack || box.right > svg.right + slack
                      || box.top < svg.top - slack || box.bottom > svg.bottom + slack) {
                    out.push(nodes[i].getAttribute('data-key') + ': box outside the picture');
                  }
                  var texts = nodes[i].querySelectorAll('text');
                  for (var j = 0; j < texts.length; j++) {
                    var t = texts[j].getBoundingClientRect();
                    if (t.left < box.left - slack || t.right > box.right + slack
                        || t.top < box.top - slack || t.bottom > box.bottom + slack) {
                      out.push(nodes[i].getAttribute('data-key') + ': "' + texts[j].textContent + '" sticks out of its box by '
                          + Math.round(Math.max(t.right - box.right, box.left - t.left, t.bottom - box.bottom, box.top - t.top)) + ' px');
                    }
                  }
                }
                return out;
                """, SLACK);
        assertThat(cut).as("labels cut").isEmpty();
        assertThat(chromium.number("return document.querySelectorAll('svg.graph g.node text').length")).isPositive();
    }

    /** On load, without scrolling, the model's own node is inside the window. */
    private static void assertFocusInTheWindow() {
        assertThat(chromium.number("return window.scrollY")).isZero();
        List<String> outside = chromium.strings("""
                var r = document.querySelector('svg.graph .focus rect').getBoundingClientRect();
                var width = document.scrollingElement.clientWidth;
                return r.left >= 0 && r.top >= 0 && r.right <= width && r.bottom <= window.innerHeight ? []
                    : ['own node at ' + Math.round(r.left) + ',' + Math.round(r.top) + ' to ' + Math.round(r.right) + ','
                       + Math.round(r.bottom) + ' in a ' + width + ' by ' + window.innerHeight + ' window'];
                """);
        assertThat(outside).isEmpty();
    }

    /** No two items of the lists of models overlap, and each item's text stays within its item. */
    private static void assertItemsApart() {
        List<String> overlaps = chromium.strings("""
                var slack = arguments[0];
                var items = document.querySelectorAll('ul.models li');
                var boxes = [];
                var out = [];
                for (var i = 0; i < items.length; i++) {
                  var item = items[i].getBoundingClientRect();
                  var range = document.createRange();
                  range.selectNodeContents(items[i]);
                  var lines = range.getClientRects();
                  for (var j = 0; j < lines.length; j++) {
                    var l = lines[j];
                    if (l.width === 0) {
                      continue;
                    }
                    if (l.left < item.left - slack || l.right > item.right + slack) {
                      out.push('"' + items[i].textContent + '" runs out of its item by ' + Math.round(l.right - item.right) + ' px');
                    }
                    boxes.push({i: i, l: l.left, r: l.right, t: l.top, b: l.bottom});
                  }
                }
                for (var a = 0; a < boxes.length && out.length < 10; a++) {
                  for (var b = a + 1; b < boxes.length; b++) {
                    var p = boxes[a], q = boxes[b];
                    if (p.i !== q.i && p.l < q.r - slack && q.l < p.r - slack && p.t < q.b - slack && q.t < p.b - slack) {
                      out.push('"' + items[p.i].textContent + '" overlaps "' + items[q.i].textContent + '"');
                    }
                  }
                }
                return out.slice(0, 10);
                """, SLACK);
        assertThat(overlaps).isEmpty();
    }

    /** Every link of the page (HTML and SVG) leads to a file of the site, and a fragment to an element of it. */
    private static void assertLinksLeadToPages() throws IOException {
        List<String> links = chromium.strings("""
                var out = [];
                var anchors = document.querySelectorAll('a');
                for (var i = 0; i < anchors.length; i++) {
                  var href = anchors[i].getAttribute('href');
                  if (href !== null) {
                    out.push(new URL(href, document.baseURI).href);
                  }
                }
                return out;
                """);
        assertThat(links).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            URI uri = URI.create(link);
            if (!"file".equals(uri.getScheme())) {
                broken.add(link + " leaves the site");
                continue;
            }
            int hash = link.indexOf('#');
            Path target = Path.of(URI.create(hash < 0 ? link : link.substring(0, hash)));
            if (!target.normalize().startsWith(site.normalize()) || !Files.isRegularFile(target)) {
                broken.add(link + ": no such page");
            } else if (uri.getFragment() != null
                    && !Files.readString(target, StandardCharsets.UTF_8).contains("id=\"" + uri.getFragment() + "\"")) {
                broken.add(link + ": no element " + uri.getFragment());
            }
        }
        assertThat(broken).as("links of %s", chromium.url()).isEmpty();
    }

    private static void assertNoConsoleErrors() {
        assertThat(chromium.severeLogs()).as("console errors on %s", chromium.url()).isEmpty();
    }
}
