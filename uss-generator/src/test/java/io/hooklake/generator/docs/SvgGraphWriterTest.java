package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void wrapsLabelsAfterDoubleUnderscoresThenSingleOnesThenAnywhere() {
        assertThat(SvgGraphWriter.wrap("bridge__adventure_works__sales_order_headers", 80))
                .containsExactly("bridge__adventure_works__sales_order_headers");
        assertThat(SvgGraphWriter.wrap("bridge__adventure_works__sales_order_headers", 25))
                .containsExactly("bridge__adventure_works__", "sales_order_headers");
        assertThat(SvgGraphWriter.wrap("bridge__adventure_works__sales_order_header_sales_reasons", 20))
                .containsExactly("bridge__", "adventure_works__", "sales_order_header_", "sales_reasons");
        assertThat(SvgGraphWriter.wrap("x".repeat(30), 12)).containsExactly("x".repeat(12), "x".repeat(12), "x".repeat(6));
    }

    @Test
    void wrapsLabelsSoThatThePictureFitsItsWidth() {
        SvgGraphWriter graph = new SvgGraphWriter("t").maxWidth(1000);
        for (int layer = 0; layer < 5; layer++) {
            graph.node("n" + layer, "schema", "bridge__adventure_works__long_table_name_number_" + layer, layer, "silver", null, null);
            if (layer > 0) {
                graph.edge("n" + (layer - 1), "n" + layer, false, null);
            }
        }
        String svg = graph.render("wrapped");

        assertThat(width(svg)).isLessThanOrEqualTo(1000);
        assertThat(svg).contains("<tspan").contains(">bridge__</tspan>").contains(">adventure_works__</tspan>");
        assertThat(new SvgGraphWriter("t").node("a", null, "bridge__adventure_works__long_table_name", 0, "silver", null, null)
                .render("whole")).doesNotContain("<tspan");
    }

    @Test
    void edgesThatSkipColumnsRunBetweenTheBoxesNotBehindThem() {
        SvgGraphWriter graph = new SvgGraphWriter("t");
        for (String row : List.of("a", "b", "c")) {
            for (int layer = 0; layer < 4; layer++) {
                graph.node(row + layer, null, row + layer + "_a_fairly_wide_label", layer, "silver", null, null);
                if (layer > 0) {
                    graph.edge(row + (layer - 1), row + layer, false, null);
                }
            }
        }
        graph.edge("a0", "c3", false, "long").edge("c0", "a3", false, "long too");
        String svg = graph.render("long edges");

        DrawingMetrics drawn = DrawingMetrics.of(svg);
        assertThat(drawn.edges()).isEqualTo(11);
        assertThat(drawn.edgesThroughBoxes()).isZero();
        // Each long edge crosses the middle row once, and they cross each other: 3 at least.
        assertThat(drawn.crossings()).isEqualTo(3);
    }

    @Test
    void ordersAScrambledLadderWithoutCrossings() {
        SvgGraphWriter graph = new SvgGraphWriter("t");
        int[] scrambled = {3, 0, 4, 1, 5, 2};
        for (int layer = 0; layer < 4; layer++) {
            for (int row : layer % 2 == 0 ? new int[] {0, 1, 2, 3, 4, 5} : scrambled) {
                graph.node(row + "-" + layer, null, "n" + row + "-" + layer, layer, "silver", null, null);
            }
        }
        for (int layer = 1; layer < 4; layer++) {
            for (int row = 0; row < 6; row++) {
                graph.edge(row + "-" + (layer - 1), row + "-" + layer, false, null);
                if (row + 1 < 6) {
                    graph.edge(row + "-" + (layer - 1), (row + 1) + "-" + layer, false, null);
                }
            }
        }

        assertThat(DrawingMetrics.of(graph.render("ladder")).crossings()).isZero();
    }

    @Test
    void keepsTheFocusNearTheTopWhenAColumnIsTall() {
        SvgGraphWriter graph = new SvgGraphWriter("t");
        for (int i = 0; i < 40; i++) {
            graph.node("p" + i, "dar__staging", "event__" + i, -1, "silver", null, null).node("c" + i, null, "c" + i, 1, "gold", null, null);
        }
        graph.node("focus", "dar", "_bridge__as_of", 0, "gold focus", null, null);
        for (int i = 0; i < 40; i++) {
            graph.edge("p" + i, "focus", false, null).edge("focus", "c" + i, false, null);
        }
        String centred = graph.render("centred");
        String pinned = graph.focus("focus").render("pinned");

        assertThat(y(centred, "focus")).isGreaterThan(500);
        assertThat(y(pinned, "focus")).isLessThanOrEqualTo(LayeredLayout.PINNED_TOP + LayeredLayout.PADDING);
        assertThat(DrawingMetrics.of(pinned).crossings()).isZero();
    }

    @Test
    void drawsAnEdgeWithinAColumnAsAnArcAndAnEdgeToAnEarlierColumnBackwards() {
        String svg = new SvgGraphWriter("t")
                .node("a", null, "a", 0, "silver", null, null)
                .node("b", null, "b", 1, "silver", null, null)
                .node("c", null, "c", 1, "silver", null, null)
                .node("d", null, "d", 2, "silver", null, null)
                .edge("a", "b", false, null).edge("a", "c", false, null).edge("b", "c", false, "within")
                .edge("c", "d", false, null).edge("d", "a", true, "back")
                .render("arcs");

        Matcher within = Pattern.compile("<path class=\"edge\" d=\"M([0-9.]+),[0-9.]+C[^\"]*? ([0-9.]+),[0-9.]+\"[^>]*><title>within")
                .matcher(svg);
        assertThat(within.find()).isTrue();
        assertThat(within.group(1)).isEqualTo(within.group(2)).isEqualTo(String.valueOf((long) x(svg, "b")));
        Matcher back = Pattern.compile("<path class=\"edge dashed\" d=\"M([0-9.]+),[^\"]*?([0-9.]+),[0-9.]+\"[^>]*><title>back")
                .matcher(svg);
        assertThat(back.find()).isTrue();
        assertThat(Double.parseDouble(back.group(1))).isEqualTo(x(svg, "d"));
        assertThat(Double.parseDouble(back.group(2))).isGreaterThan(x(svg, "a")).isLessThan(x(svg, "b"));
        assertThat(DrawingMetrics.of(svg).edgesThroughBoxes()).isZero();
    }

    @Test
    void theSameGraphGivesTheSameBytes() {
        assertThat(ladderish().render("same")).isEqualTo(ladderish().render("same"));
    }

    private static SvgGraphWriter ladderish() {
        SvgGraphWriter graph = new SvgGraphWriter("t").maxWidth(400);
        for (int i = 0; i < 12; i++) {
            graph.node("k" + i, "s", "some__model__name_" + i, i % 4, "silver", null, null);
        }
        for (int i = 0; i < 12; i++) {
            graph.edge("k" + i, "k" + ((i * 7 + 3) % 12), i % 3 == 0, null);
        }
        return graph;
    }

    private static double width(String svg) {
        Matcher m = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
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
