package io.hooklake.generator.docs;

import static io.hooklake.generator.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.model.FrameName;
import io.hooklake.model.HookName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineageRendererTest {

    private final LineageRenderer renderer = new LineageRenderer();

    private static Model ofKind(Model model, ModelKind kind) {
        return new Model(model.name(), kind, Materialization.VIEW, model.upstream(), model.columns(), model.grain(),
                model.sql(), model.templates(), model.origin());
    }

    @Test
    void drawsFramesAsNodesAndReferencesAsLabelledEdgesDashedWhenNotCascaded() {
        FrameName orders = FrameName.of("aw__orders");
        FrameName customers = FrameName.of("aw__customers");
        FrameName employees = FrameName.of("aw__employees");
        List<FrameReference> references = List.of(
                new FrameReference(orders, HookName.of("_hook__customer"), Optional.empty(), customers, true),
                new FrameReference(employees, HookName.of("_hook__employee__manager"), Optional.of("manager"), employees, false));

        assertThat(renderer.frameGraph(List.of(orders, customers, employees, FrameName.of("aw.lonely")), references)).isEqualTo("""
                flowchart LR
                    n_aw_lonely(["aw.lonely"])
                    n_aw__customers(["aw__customers"])
                    n_aw__employees(["aw__employees"])
                    n_aw__orders(["aw__orders"])
                    n_aw__employees -.->|"_hook__employee__manager"| n_aw__employees
                    n_aw__orders -->|"_hook__customer"| n_aw__customers
                """);
    }

    @Test
    void everyDiagramIsValidForAnEmptyProject() {
        ModelGraph empty = ModelGraph.of(List.of(), ExternalSourcePolicy.none());

        assertThat(renderer.frameGraph(List.of(), List.of())).isEqualTo("flowchart LR\n    n_empty[\"(nothing to show)\"]\n");
        assertThat(renderer.star(empty)).endsWith("    n_empty[\"(nothing to show)\"]\n");
        assertThat(renderer.layers(empty)).endsWith("    n_empty[\"(nothing to show)\"]\n");
        assertThat(renderer.render("p", List.of(), List.of(), empty).content())
                .contains("0 models, 0 external sources, 0 frames, 0 frame references");
    }

    @Test
    void countsModelsPerKindInSubgraphsPerSchemaInLayerOrder() {
        ModelGraph graph = ModelGraph.of(List.of(
                ofKind(model("das.raw__a", "das.landed__a"), ModelKind.RAW),
                ofKind(model("das.raw__b", "das.landed__b"), ModelKind.RAW),
                model("dab.frame__a", "das.raw__a"),
                model("dab.frame__b", "das.raw__b"),
                ofKind(model("dar.a", "dab.frame__a"), ModelKind.PERIPHERAL)),
                ExternalSourcePolicy.namePrefix("landed__"));

        assertThat(renderer.layers(graph)).isEqualTo("""
                flowchart LR
                    classDef bronze fill:#CD7F32,color:black
                    classDef silver fill:#C0C0C0,color:black
                    classDef gold fill:#FFD700,color:black
                    subgraph s_external_sources["external sources"]
                        n_external[("External sources [2]")]:::bronze
                    end
                    subgraph s_schema_das["das"]
                        n_das_RAW(["Raw views [2]"]):::bronze
                    end
                    subgraph s_schema_dab["dab"]
                        n_dab_FRAME(["HOOK frames [2]"]):::silver
                    end
                    subgraph s_schema_dar["dar"]
                        n_dar_PERIPHERAL(["Peripherals [1]"]):::gold
                    end
                    n_dab_FRAME --> n_dar_PERIPHERAL
                    n_das_RAW --> n_dab_FRAME
                    n_external --> n_das_RAW
                """);
    }

    @Test
    void drawsTheStarAroundTheUnifiedBridge() {
        ModelGraph graph = ModelGraph.of(List.of(
                ofKind(model("dar.b"), ModelKind.PERIPHERAL),
                ofKind(model("dar.a"), ModelKind.PERIPHERAL),
                ofKind(model("dar._bridge__as_of"), ModelKind.UNIFIED_BRIDGE),
                ofKind(model("dar.calendar", "dar._bridge__as_of"), ModelKind.CALENDAR)),
                ExternalSourcePolicy.none());

        assertThat(renderer.star(graph)).endsWith("""
                    n_dar__bridge__as_of(("_bridge__as_of")):::gold
                    n_dar_a["a"]:::gold
                    n_dar_b["b"]:::gold
                    n_dar_calendar[("calendar")]:::gold
                    n_dar__bridge__as_of --- n_dar_a
                    n_dar__bridge__as_of --- n_dar_b
                    n_dar__bridge__as_of --- n_dar_calendar
                """);
    }

    @Test
    void replacesADiagramBeyondMermaidsLimitsWithASentence() {
        ModelGraph graph = ModelGraph.of(List.of(model("das.a"), model("das.b", "das.a"), model("das.c", "das.a", "das.b")),
                ExternalSourcePolicy.none());

        assertThat(new LineageRenderer(2, 50_000).render("p", List.of(), List.of(), graph).content())
                .contains("The model DAG has 3 nodes and 3 edges (")
                .contains("more than Mermaid draws (2 edges, 50000 characters), so it is left out.")
                .doesNotContain("n_das_a([");
        assertThat(new LineageRenderer(3, 50_000).render("p", List.of(), List.of(), graph).content())
                .contains("n_das_a([\"a\"])");
        assertThat(new LineageRenderer(500, 100).render("p", List.of(), List.of(), graph).content())
                .contains("The model DAG has 3 nodes and 3 edges (")
                .contains("more than Mermaid draws (500 edges, 100 characters), so it is left out.");
    }
}
