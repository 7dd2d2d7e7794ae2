package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.output.GeneratedFile;
import io.hooklake.generator.output.OutputException;
import io.hooklake.generator.output.WriteResult;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the docs site writes: escaping, determinism, stale pages, limits, and the AdventureWorks example's size. */
class DocsSiteTest {

    private static final Path PROJECTS = Path.of("src", "test", "resources", "projects");
    private static final Path ADVENTURE_WORKS = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");

    @TempDir
    Path temp;

    private record Generated(Project project, GenerationResult result) {
    }

    private Generated generate(Path projectDir) {
        Project project = ProjectLoader.load(projectDir);
        return new Generated(project, UssGenerator.builder().build().generate(project, temp.resolve("out-" + projectDir.getFileName())));
    }

    @Test
    void userTextWithMarkupIsEscapedOnEveryPageAndRunsNoScript() throws IOException {
        Generated escape = generate(PROJECTS.resolve("escape"));
        Path site = temp.resolve("site");
        List<GeneratedFile> files = new DocsSite(PROJECTS).render(escape.project(), escape.result());
        new DocsSite(PROJECTS).write(escape.project(), escape.result(), site);

        for (GeneratedFile file : files) {
            assertThat(file.content()).as(file.path())
                    .doesNotContain("<script>alert", "<img", "<iframe", "<b>", "<svg onload", "</td></tr></table>");
        }
        String framePage = Files.readString(site.resolve(DocsSite.modelPage(new ModelName("dab", "frame__shop__customers"))));
        assertThat(framePage)
                .contains("&lt;script&gt;alert(&#39;frame&#39;)&lt;/script&gt; &lt;/svg&gt;&lt;svg onload=alert(&#39;svg&#39;)&gt;")
                .contains("&lt;script&gt;alert(&#39;column&#39;)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(&#39;concept&#39;)&lt;/script&gt;")
                .contains("&lt;iframe src=&quot;javascript:alert(&#39;keyset&#39;)&quot;&gt;&lt;/iframe&gt;");

        try (SiteBrowser browser = new SiteBrowser()) {
            for (GeneratedFile file : files) {
                HtmlPage page = browser.open(site.resolve(file.path()));
                assertThat(page.getElementsByTagName("script")).as(file.path())
                        .hasSize(file.path().equals(DocsSite.INDEX) ? 1 : 0);
                assertThat(page.getElementsByTagName("iframe")).isEmpty();
                assertThat(page.getElementsByTagName("img")).isEmpty();
            }
            HtmlPage frame = browser.open(site.resolve(DocsSite.modelPage(new ModelName("dab", "frame__shop__customers"))));
            assertThat(frame.querySelector("table.columns").getTextContent()).contains("<script>alert('column')</script>");
            assertThat(browser.alerts()).isEmpty();
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytesAndASecondWriteChangesNothing() {
        Generated geo = generate(PROJECTS.resolve("geo"));
        DocsSite docs = new DocsSite(PROJECTS);

        assertThat(docs.render(geo.project(), geo.result())).isEqualTo(docs.render(geo.project(), geo.result()));
        WriteResult first = docs.write(geo.project(), geo.result(), temp.resolve("site"));
        WriteResult second = docs.write(geo.project(), geo.result(), temp.resolve("site"));

        assertThat(first.written()).hasSize(geo.result().models().size() + 2).contains(DocsSite.INDEX, DocsSite.LINEAGE);
        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(first.written());
    }

    @Test
    void pagesOfModelsThatAreGoneAreDeleted() throws IOException {
        Generated geo = generate(PROJECTS.resolve("geo"));
        Generated org = generate(PROJECTS.resolve("org"));
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("notes.txt"), "mine");
        new DocsSite(PROJECTS).write(geo.project(), geo.result(), site);

        WriteResult result = new DocsSite(PROJECTS).write(org.project(), org.result(), site);

        assertThat(result.deleted()).contains(DocsSite.modelPage(new ModelName("dab", "frame__geo__orders")));
        try (Stream<Path> pages = Files.walk(site.resolve(DocsSite.MODELS_DIR))) {
            assertThat(pages.filter(Files::isRegularFile).count()).isEqualTo(org.result().models().size());
        }
        assertThat(site.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void refusesToDeletePagesInADirectoryThatHoldsNoSite() throws IOException {
        Generated geo = generate(PROJECTS.resolve("geo"));
        Path site = temp.resolve("not-a-site");
        Files.createDirectories(site.resolve("models/x"));
        Files.writeString(site.resolve("models/x/page.html"), "someone else's");

        assertThatThrownBy(() -> new DocsSite(PROJECTS).write(geo.project(), geo.result(), site))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("index.html")
                .satisfies(e -> assertThat(((OutputException) e).code()).isEqualTo(ErrorCode.NOT_AN_OUTPUT_FOLDER));
        assertThat(site.resolve(DocsSite.INDEX)).doesNotExist();
        assertThat(site.resolve("models/x/page.html")).hasContent("someone else's");
    }

    @Test
    void lineagePageDrawsReferencesThatAreNotCascadedDashed() {
        Generated org = generate(PROJECTS.resolve("org"));

        String lineage = page(new DocsSite(PROJECTS).render(org.project(), org.result()), DocsSite.LINEAGE);

        assertThat(lineage).contains("<path class=\"edge dashed\"").contains("<path class=\"edge\"")
                .contains("(not cascaded: one step, its point-in-time hook only)");
    }

    @Test
    void lineagePageSaysSoInsteadOfDrawingTooManyFrames() {
        Generated geo = generate(PROJECTS.resolve("geo"));

        String lineage = page(new DocsSite(Location::toString, 3).render(geo.project(), geo.result()), DocsSite.LINEAGE);

        assertThat(lineage).doesNotContain("<svg").contains("The project has 4 frames, more than this page draws (3)");
    }

    @Test
    void modelNamesThatAreNotPlainLowerCaseGetDistinctFileNames() {
        assertThat(DocsSite.modelPage(new ModelName("dar", "Orders"))).isEqualTo("models/dar/~4frders.html");
        assertThat(DocsSite.modelPage(new ModelName("dar", "orders"))).isEqualTo("models/dar/orders.html");
        assertThat(DocsSite.modelPage(new ModelName("d.r", "a/b"))).isEqualTo("models/d~2er/a~2fb.html");
    }

    /** The AdventureWorks example: a page per model, small pages, and the filter working over all 350 models. */
    @Test
    void adventureWorksSiteHasAPagePerModelAndItsFilterWorks() throws IOException {
        Generated aw = generate(ADVENTURE_WORKS);
        Path site = temp.resolve("aw-site");
        List<GeneratedFile> files = new DocsSite(ADVENTURE_WORKS).render(aw.project(), aw.result());
        new DocsSite(ADVENTURE_WORKS).write(aw.project(), aw.result(), site);

        assertThat(aw.result().models()).hasSize(350);
        assertThat(files).hasSize(350 + 2);
        assertThat(files).allSatisfy(f -> assertThat(f.size()).as(f.path()).isLessThan(256 * 1024));
        try (SiteBrowser browser = new SiteBrowser()) {
            HtmlPage index = browser.open(site.resolve(DocsSite.INDEX));
            assertThat(index.querySelectorAll("li[data-search]")).hasSize(350);
            ((HtmlInput) index.getElementById("filter")).type("sales_order_headers");
            List<String> visible = index.querySelectorAll("li[data-search] a").stream()
                    .filter(n -> ((HtmlElement) n).isDisplayed()).map(n -> ((DomElement) n).getAttribute("title"))
                    .collect(Collectors.toList());
            assertThat(visible).containsExactlyInAnyOrder("das.raw__adventure_works__sales_order_headers",
                    "dab.frame__adventure_works__sales_order_headers", "dar__staging.bridge__adventure_works__sales_order_headers",
                    "dar__staging.event__adventure_works__sales_order_headers", "dar.adventure_works__sales_order_headers");
            HtmlPage unified = browser.open(site.resolve(DocsSite.modelPage(new ModelName("dar", "_bridge__as_of"))));
            // 40 event bridges, a node counting the other 28, itself, and the 8 metrics that read it
            assertThat(unified.querySelectorAll("svg.graph g.node")).hasSize(Neighbourhood.MAX_SIDE + 2 + 8);
            assertThat(unified.querySelectorAll("ul.upstream li")).hasSize(68);
            assertThat(browser.scriptErrors()).isEmpty();
            assertThat(browser.fetched()).isEmpty();
        }
    }

    /**
     * The AdventureWorks example's pictures as drawn: few crossings, no edge behind a box (the
     * layout before waypoints and sifting drew the lineage page with 485 crossings and 140 edges
     * behind boxes, the model pages with 585 and 444), and every link of every page leads to a
     * page of the site and, with a fragment, to an element of it.
     */
    @Test
    void adventureWorksPicturesCrossFewEdgesAndEveryLinkLeadsToAPage() {
        Generated aw = generate(ADVENTURE_WORKS);
        List<GeneratedFile> files = new DocsSite(ADVENTURE_WORKS).render(aw.project(), aw.result());

        DrawingMetrics lineage = DrawingMetrics.of(svg(page(files, DocsSite.LINEAGE)));
        assertThat(lineage.nodes()).isEqualTo(68);
        assertThat(lineage.edges()).isEqualTo(100);
        assertThat(lineage.crossings()).isLessThanOrEqualTo(130);
        assertThat(lineage.edgesThroughBoxes()).isZero();
        List<DrawingMetrics> models = files.stream().filter(f -> f.path().startsWith(DocsSite.MODELS_DIR + "/"))
                .map(f -> DrawingMetrics.of(svg(f.content()))).toList();
        // 372 before metrics; the 8 metrics each read both the unified bridge and the calendar, which
        // every event bridge's picture draws two steps downstream: K(2,8), 28 crossings on each of
        // 68 pages that no two-layer drawing avoids (1,904), the rest on the star schema's pages.
        assertThat(models.stream().mapToInt(DrawingMetrics::crossings).sum()).isLessThanOrEqualTo(2_340);
        assertThat(models.stream().mapToInt(DrawingMetrics::edgesThroughBoxes).sum()).isZero();

        Map<String, String> pages = files.stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        Pattern href = Pattern.compile("href=\"([^\"]*)\"");
        List<String> broken = new ArrayList<>();
        for (GeneratedFile file : files) {
            Matcher link = href.matcher(file.content());
            while (link.find()) {
                URI target = URI.create(file.path()).resolve(link.group(1).replace("&amp;", "&"));
                String content = pages.get(target.getPath());
                if (target.getScheme() != null || content == null) {
                    broken.add(file.path() + ": " + link.group(1));
                } else if (target.getFragment() != null && !content.contains("id=\"" + target.getFragment() + "\"")) {
                    broken.add(file.path() + ": " + link.group(1) + " (no such element)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static String svg(String page) {
        int start = page.indexOf("<svg");
        return page.substring(start, page.indexOf("</svg>", start));
    }

    private static String page(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }
}
