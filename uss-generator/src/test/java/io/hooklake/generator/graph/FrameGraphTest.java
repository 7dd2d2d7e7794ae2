package io.hooklake.generator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.FrameReference;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.HookName;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Path;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class FrameGraphTest {

    private static Project load(String name) {
        return ProjectLoader.load(Path.of("src", "test", "resources", "projects", name));
    }

    @Test
    void referencesByKeysetSignatureNotByHookNameSoEachRoleIsAnEdge() {
        FrameGraph graph = FrameGraph.of(load("geo"));
        assertThat(graph.referencesFrom(FrameName.of("geo__orders"))).extracting(FrameReference::hook, FrameReference::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HookName.of("_hook__address__billing"), FrameName.of("geo__addresses")),
                        org.assertj.core.groups.Tuple.tuple(HookName.of("_hook__address__shipping"), FrameName.of("geo__addresses")));
        Graph<FrameName, FrameReference> jgraph = graph.asGraph();
        assertThat(jgraph.getAllEdges(FrameName.of("geo__orders"), FrameName.of("geo__addresses"))).hasSize(2);
        assertThat(graph.cascadeOrder()).containsExactly(FrameName.of("geo__countries"), FrameName.of("geo__states"),
                FrameName.of("geo__addresses"), FrameName.of("geo__orders"));
        assertThat(graph.diagnostics()).isEmpty();
    }

    @Test
    void compositeSignatureIsTheTupleOfItsPartsSignatures() {
        Project keys = load("keys");
        Frame vendors = keys.frames().stream().filter(f -> f.name().value().equals("shop__product_vendors")).findFirst()
                .orElseThrow();
        assertThat(KeysetSignature.of(vendors, vendors.primaryHook().orElseThrow()).value())
                .isEqualTo("(product__shop,vendor__shop)");
    }

    @Test
    void cyclesAreBrokenAtTheBackEdgesOfANameOrderedSearch() {
        FrameGraph graph = FrameGraph.of(load("org"));
        assertThat(graph.references()).extracting(FrameReference::cascaded).containsExactly(true, false, false);
        assertThat(graph.cascadeOrder()).containsExactly(FrameName.of("org__employees"), FrameName.of("org__departments"));
        assertThat(graph.diagnostics()).extracting(d -> d.code() + " " + d.location().line())
                .containsExactlyInAnyOrder("LH202 40", "LH203 41");
    }
}
