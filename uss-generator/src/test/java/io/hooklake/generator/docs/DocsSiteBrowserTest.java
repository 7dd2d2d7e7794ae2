package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs site of the geo project, opened in a headless browser (HtmlUnit) from the file system. */
class DocsSiteBrowserTest {

    private static final Path GEO = Path.of("src", "test", "resources", "projects", "geo");
    private static final ModelName ORDERS_BRIDGE = new ModelName("dar__staging", "bridge__geo__orders");

    @TempDir
    static Path temp;

    private static GenerationResult generated;
    private static Path site;
    private SiteBrowser browser;

    @BeforeAll
    static void writeSite() {
        Project project = ProjectLoader.load(GEO);
        generated = UssGenerator.builder().build().generate(project, temp.resolve("out"));
        site = temp.resolve("site");
        new DocsSite(GEO).write(project, generated, site);
    }

    @BeforeEach
    void openBrowser() {
        browser = new SiteBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPageLoadsWithoutScriptErrorsAndFetchesNothing() throws IOException {
        browser.open(site.resolve(DocsSite.INDEX));
        browser.open(site.resolve(DocsSite.LINEAGE));
        for (GeneratedModel model : generated.models()) {
            HtmlPage page = browser.open(site.resolve(DocsSite.modelPage(model.model().name())));
            assertThat(page.getTitleText()).startsWith(model.model().name().qualified());
        }
        assertThat(browser.scriptErrors()).isEmpty();
        assertThat(browser.fetched()).isEmpty();
        assertThat(browser.alerts()).isEmpty();
    }

    @Test
    void indexListsEveryModelWithALinkToItsPage() throws IOException {
        HtmlPage index = browser.open(site.resolve(DocsSite.INDEX));

        List<String> links = index.querySelectorAll("li[data-search] a").stream()
                .map(n -> ((HtmlAnchor) n).getHrefAttribute()).toList();

        assertThat(links).containsExactlyInAnyOrderElementsOf(
                generated.models().stream().map(m -> DocsSite.modelPage(m.model().name())).toList());
        assertThat(index.getElementById("count").getTextContent()).isEqualTo(generated.models().size() + " models");
    }

    @Test
    void typingInTheFilterBoxShowsOnlyTheModelsThatMatch() throws IOException {
        HtmlPage index = browser.open(site.resolve(DocsSite.INDEX));
        HtmlInput filter = (HtmlInput) index.getElementById("filter");

        filter.type("orders");

        assertThat(visibleModels(index)).containsExactlyInAnyOrder(
                "das.raw__geo__orders", "dab.frame__geo__orders", "dar__staging.bridge__geo__orders",
                "dar__staging.event__geo__orders", "dar.geo__orders", "dar.metric__geo__orders__due",
                "dar.metric__geo__orders__order_date", "dar.metric__geo__orders__ship_date");
        assertThat(index.getElementById("count").getTextContent()).isEqualTo("8 of " + generated.models().size() + " models");

        filter.type(" bridge");

        assertThat(visibleModels(index)).containsExactlyInAnyOrder(
                "dar__staging.bridge__geo__orders", "dar__staging.event__geo__orders");
        List<String> visibleGroups = index.querySelectorAll("section[data-group]").stream()
                .filter(n -> ((HtmlElement) n).isDisplayed())
                .map(n -> ((DomElement) n).getId()).toList();
        assertThat(visibleGroups).containsExactly("layer-dar__staging");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void clickingAModelShowsItsKindColumnsAndUpstreamLinks() throws IOException {
        HtmlPage index = browser.open(site.resolve(DocsSite.INDEX));
        Model bridge = model(ORDERS_BRIDGE);

        HtmlPage page = anchor(index, "li[data-search] a", ORDERS_BRIDGE.name()).click();

        assertThat(page.querySelector("h1").getTextContent()).isEqualTo(ORDERS_BRIDGE.qualified());
        assertThat(facts(page)).containsEntry("kind", "bridge").containsEntry("materialization", "incremental")
                .containsEntry("grain", String.join(", ", bridge.grain()))
                .containsEntry("origin", "src/test/resources/projects/geo/lakehouse.yml:60:5");
        List<String> columns = page.querySelectorAll("table.columns tbody tr td:nth-child(2)").stream()
                .map(n -> n.getTextContent()).toList();
        assertThat(columns).containsExactlyElementsOf(bridge.columns().stream().map(ModelColumn::name).toList());
        List<String> upstream = page.querySelectorAll("ul.upstream a").stream().map(n -> n.getTextContent()).toList();
        assertThat(upstream).containsExactlyElementsOf(bridge.upstream().stream().map(ModelName::qualified).toList());
        assertThat(page.querySelector("pre code.sql").getTextContent()).isEqualTo(bridge.sql());
    }

    @Test
    void followingAnUpstreamLinkReachesThatModelAndItsDownstreamLinkLeadsBack() throws IOException {
        HtmlPage bridgePage = browser.open(site.resolve(DocsSite.modelPage(ORDERS_BRIDGE)));
        ModelName addresses = new ModelName("dar__staging", "bridge__geo__addresses");

        HtmlPage upstream = anchor(bridgePage, "ul.upstream a", addresses.qualified()).click();

        assertThat(upstream.querySelector("h1").getTextContent()).isEqualTo(addresses.qualified());
        HtmlPage back = anchor(upstream, "ul.downstream a", ORDERS_BRIDGE.qualified()).click();
        assertThat(back.querySelector("h1").getTextContent()).isEqualTo(ORDERS_BRIDGE.qualified());
        HtmlPage home = anchor(back, "header a", "geo: models").click();
        assertThat(home.getUrl().getPath()).endsWith("/" + DocsSite.INDEX);
    }

    @Test
    void lineagePictureHasANodePerModelWithinTwoStepsAndLinksToThem() throws IOException {
        HtmlPage page = browser.open(site.resolve(DocsSite.modelPage(ORDERS_BRIDGE)));

        Set<String> nodes = page.querySelectorAll("svg.graph g.node").stream()
                .map(n -> ((DomElement) n).getAttribute("data-key")).collect(Collectors.toSet());

        Set<String> expected = new TreeSet<>();
        expected.add(ORDERS_BRIDGE.qualified());
        expected.addAll(withinTwoSteps(ORDERS_BRIDGE, true));
        expected.addAll(withinTwoSteps(ORDERS_BRIDGE, false));
        assertThat(nodes).isEqualTo(expected);
        HtmlPage linked = followSvgLink(page, "dab.frame__geo__orders");
        assertThat(linked.querySelector("h1").getTextContent()).isEqualTo("dab.frame__geo__orders");
    }

    @Test
    void lineagePageDrawsEveryFrameAndReferenceAndLinksToFrameModels() throws IOException {
        HtmlPage page = browser.open(site.resolve(DocsSite.LINEAGE));

        List<String> frames = page.querySelectorAll("svg.graph g.node").stream()
                .map(n -> ((DomElement) n).getAttribute("data-key")).toList();
        assertThat(frames).containsExactlyInAnyOrder("geo__countries", "geo__states", "geo__addresses", "geo__orders");
        assertThat(page.querySelectorAll("svg.graph path.edge")).hasSize(4);
        HtmlPage frame = followSvgLink(page, "geo__countries");
        assertThat(frame.querySelector("h1").getTextContent()).isEqualTo("dab.frame__geo__countries");
    }

    private static Set<String> withinTwoSteps(ModelName from, boolean upstream) {
        Map<ModelName, Model> byName = new TreeMap<>();
        generated.models().forEach(m -> byName.put(m.model().name(), m.model()));
        Set<String> reached = new HashSet<>();
        Set<ModelName> frontier = Set.of(from);
        for (int step = 0; step < 2; step++) {
            Set<ModelName> next = new HashSet<>();
            for (ModelName name : frontier) {
                if (upstream) {
                    next.addAll(byName.containsKey(name) ? byName.get(name).upstream() : List.of());
                } else {
                    byName.values().stream().filter(m -> m.upstream().contains(name)).forEach(m -> next.add(m.name()));
                }
            }
            next.forEach(n -> reached.add(n.qualified()));
            frontier = next;
        }
        return reached;
    }

    private static Model model(ModelName name) {
        return generated.models().stream().map(GeneratedModel::model).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> visibleModels(HtmlPage index) {
        return index.querySelectorAll("li[data-search] a").stream()
                .filter(n -> ((HtmlElement) n).isDisplayed())
                .map(n -> ((HtmlAnchor) n).getAttribute("title")).toList();
    }

    private static Map<String, String> facts(HtmlPage page) {
        Map<String, String> facts = new TreeMap<>();
        List<DomElement> terms = page.querySelectorAll("dl.facts dt").stream().map(DomElement.class::cast).toList();
        terms.forEach(dt -> facts.put(dt.getTextContent(), dt.getNextElementSibling().getTextContent()));
        return facts;
    }

    private static HtmlAnchor anchor(HtmlPage page, String selector, String text) {
        return page.querySelectorAll(selector).stream().map(HtmlAnchor.class::cast)
                .filter(a -> a.getTextContent().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + text + " in " + selector));
    }

    /** Opens the page an SVG node links to (HtmlUnit does not click SVG links, so the href is followed by hand). */
    private HtmlPage followSvgLink(HtmlPage page, String key) throws IOException {
        DomElement link = page.querySelectorAll("svg.graph a").stream().map(DomElement.class::cast)
                .filter(a -> a.querySelectorAll("g.node").stream().anyMatch(g -> key.equals(((DomElement) g).getAttribute("data-key"))))
                .findFirst().orElseThrow(() -> new AssertionError("no SVG link for " + key));
        return browser.open(Path.of(page.getUrl().toString().replace("file:", "")).getParent()
                .resolve(link.getAttribute("href")).normalize());
    }
}
