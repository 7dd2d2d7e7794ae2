package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.docs.MermaidWriter.Line;
import io.hooklake.generator.docs.MermaidWriter.Shape;
import org.junit.jupiter.api.Test;

class MermaidWriterTest {

    @Test
    void writesNodesSubgraphsAndEdgesWithSafeIdsAndEscapedLabels() {
        MermaidWriter chart = new MermaidWriter("LR").classDef("gold", "fill:#FFD700,color:black");
        chart.beginSubgraph("dar", "dar");
        chart.node("dar.orders", "orders \"all\" <v2> #1", Shape.STADIUM, "gold");
        chart.node("end", "end");
        chart.endSubgraph();
        chart.node("dar-orders", "a | b", Shape.CIRCLE, null);
        chart.node("x.y", "line\nbreak", Shape.DATABASE, null);
        chart.edge("dar.orders", "end", Line.ARROW, "_hook__order");
        chart.edge("end", "dar-orders", Line.DASHED_ARROW, "`role`");
        chart.edge("dar-orders", "x.y", Line.PLAIN, null);

        assertThat(chart.render()).isEqualTo("""
                flowchart LR
                    classDef gold fill:#FFD700,color:black
                    subgraph s_dar["dar"]
                        n_dar_orders(["orders #quot;all#quot; #lt;v2#gt; #35;1"]):::gold
                        n_end["end"]
                    end
                    n_dar_orders_2(("a #124; b"))
                    n_x_y[("line break")]
                    n_dar_orders -->|"_hook__order"| n_end
                    n_end -.->|"#96;role#96;"| n_dar_orders_2
                    n_dar_orders_2 --- n_x_y
                """);
        assertThat(chart.id("dar-orders")).isEqualTo("n_dar_orders_2");
    }

    @Test
    void anEmptyChartHasAPlaceholderNode() {
        assertThat(new MermaidWriter("TB").render()).isEqualTo("""
                flowchart TB
                    n_empty["(nothing to show)"]
                """);
    }

    @Test
    void anEmptySubgraphHasAPlaceholderNode() {
        MermaidWriter chart = new MermaidWriter("LR");
        chart.beginSubgraph("outer", "outer").beginSubgraph("inner", "inner").endSubgraph().endSubgraph();

        assertThat(chart.render()).isEqualTo("""
                flowchart LR
                    subgraph s_outer["outer"]
                        subgraph s_inner["inner"]
                            n_s_inner_empty["(none)"]
                        end
                        n_s_outer_empty["(none)"]
                    end
                """);
    }

    @Test
    void refusesEdgesToUnknownNodesAndUnclosedSubgraphs() {
        MermaidWriter chart = new MermaidWriter("LR").node("a", "a");
        assertThatThrownBy(() -> chart.edge("a", "b", Line.ARROW, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.node("a", "again")).isInstanceOf(IllegalArgumentException.class);
        chart.beginSubgraph("s", "s");
        assertThatThrownBy(chart::render).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MermaidWriter("sideways")).isInstanceOf(IllegalArgumentException.class);
    }
}
