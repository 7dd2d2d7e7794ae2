package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgGraphWriterTest {

    @Test
    void drawsANodePerKeyInColumnsLeftToRightWithLinksAndEscapedText() {
        String svg = new SvgGraphWriter("t")
                .node("a", "schema", "a<b>", 0, "silver", "models/a.html?x=1&y=2", "A \"quoted\" title")
                .node("b", null, "b", 1, "gold focus", null, null)
                .edge("a", "b", false, "a -> b")
                .render("a & b");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
                .contains("aria-label=\"a &amp; b\"")
                .contains("<a href=\"models/a.html?x=1&amp;y=2\"><g class=\"node silver\" data-key=\"a\">")
                .contains("<title>A &quot;quoted&quot; title</title>")
                .contains(">a&lt;b&gt;</text>")
                .contains("<text class=\"caption\"")
                .contains("<g class=\"node gold focus\" data-key=\"b\"><title>b</title>")
                .contains("<path class=\"edge\"").contains("marker-end=\"url(#t-arrow)\"");
        assertThat(x(svg, "a")).isLessThan(x(svg, "b"));
    }

    @Test
    void ordersEachColumnSoThatEdgesDoNotCross() {
        // Added in the crossing order: a1-b2 and a2-b1.
        String svg = new SvgGraphWriter("t")
                .node("a1", null, "a1", 0, "silver", null, null)
                .node("a2", null, "a2", 0, "silver", null, null)
                .node("b1", null, "b1", 1, "silver", null, null)
                .node("b2", null, "b2", 1, "silver", null, null)
                .edge("a1", "b2", false, null)
                .edge("a2", "b1", false, null)
                .render("crossing");

        assertThat(y(svg, "a1") < y(svg, "a2")).isEqualTo(y(svg, "b2") < y(svg, "b1"));
    }

    @Test
    void drawsASelfReferenceAsALoopAndDashedEdgesDashed() {
        String svg = new SvgGraphWriter("t")
                .node("employees", null, "employees", 0, "silver", null, null)
                .edge("employees", "employees", true, "manager")
                .render("loop");

        assertThat(svg).contains("<path class=\"edge dashed\" d=\"M").contains("<title>manager</title>");
    }

    @Test
    void cutsLongLabelsButKeepsTheWholeTextInTheTooltip() {
        String name = "x".repeat(SvgGraphWriter.MAX_LABEL + 10);

        String svg = new SvgGraphWriter("t").node("k", null, name, 0, "silver", null, null).render("long");

        assertThat(svg).contains("<title>" + name + "</title>")
                .contains(">" + "x".repeat(SvgGraphWriter.MAX_LABEL - 1) + "\u2026</text>");
    }

    @Test
    void rejectsEdgesToUnknownNodesAndClassesThatAreNotPlainWords() {
        SvgGraphWriter graph = new SvgGraphWriter("t").node("a", null, "a", 0, "silver", null, null);

        assertThatThrownBy(() -> graph.edge("a", "b", false, null)).hasMessageContaining("no node for b");
        assertThatThrownBy(() -> graph.node("c", null, "c", 0, "x\" onclick=\"y", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> graph.node("a", null, "a", 0, "silver", null, null)).hasMessageContaining("twice");
    }

    @Test
    void anEmptyGraphIsAValidPicture() {
        assertThat(new SvgGraphWriter("t").render("nothing")).startsWith("<svg").doesNotContain("<g ").endsWith("</svg>\n");
    }

    private static double x(String svg, String key) {
        return coordinate(svg, key, "x");
    }

    private static double y(String svg, String key) {
        return coordinate(svg, key, "y");
    }

    private static double coordinate(String svg, String key, String axis) {
        Matcher m = Pattern.compile("data-key=\"" + key + "\"><title>[^<]*</title><rect x=\"([0-9.]+)\" y=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(m.find()).as("node " + key).isTrue();
        return Double.parseDouble(m.group(axis.equals("x") ? 1 : 2));
    }
}
