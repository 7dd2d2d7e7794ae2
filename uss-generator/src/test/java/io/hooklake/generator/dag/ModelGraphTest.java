package io.hooklake.generator.dag;

import static io.hooklake.generator.TestModels.model;
import static io.hooklake.generator.TestModels.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelGraphTest {

    /** A diamond over two layers, plus an unrelated model, in a scrambled order. */
    private static List<Model> diamond() {
        return List.of(
                model("dar.peripheral__b", "dab.frame__b"),
                model("dar__staging.bridge__c", "dab.frame__c", "dar__staging.bridge__a", "dar__staging.bridge__b"),
                model("dab.frame__c", "das.raw__c"),
                model("das.raw__c", "das.landed__c"),
                model("dar__staging.bridge__b", "dab.frame__b", "dar__staging.bridge__a"),
                model("dab.frame__b", "das.raw__b"),
                model("das.raw__b", "das.landed__b"),
                model("dar__staging.bridge__a", "dab.frame__a"),
                model("dab.frame__a", "das.raw__a"),
                model("das.raw__a", "das.landed__a"),
                model("dar.calendar"));
    }

    private static List<String> order(ModelGraph graph) {
        return graph.topologicalOrder().stream().map(m -> m.name().qualified()).toList();
    }

    @Test
    void ordersUpstreamFirstAndBreaksTiesByQualifiedName() {
        ModelGraph graph = ModelGraph.of(diamond(), ExternalSourcePolicy.namePrefix("landed__"));

        assertThat(order(graph)).containsExactly(
                "dar.calendar",
                "das.raw__a",
                "dab.frame__a",
                "dar__staging.bridge__a",
                "das.raw__b",
                "dab.frame__b",
                "dar.peripheral__b",
                "dar__staging.bridge__b",
                "das.raw__c",
                "dab.frame__c",
                "dar__staging.bridge__c");
    }

    @Test
    void orderDoesNotDependOnTheOrderModelsAreGiven() {
        List<String> expected = order(ModelGraph.of(diamond(), ExternalSourcePolicy.namePrefix("landed__")));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Model> shuffled = new ArrayList<>(diamond());
            Collections.shuffle(shuffled, random);
            assertThat(order(ModelGraph.of(shuffled, ExternalSourcePolicy.namePrefix("landed__")))).isEqualTo(expected);
        }
    }

    @Test
    void answersUpstreamDownstreamAncestorsAndDescendants() {
        ModelGraph graph = ModelGraph.of(diamond(), ExternalSourcePolicy.namePrefix("landed__"));
        ModelName bridgeB = name("dar__staging.bridge__b");

        assertThat(graph.upstream(bridgeB)).containsExactly(name("dab.frame__b"), name("dar__staging.bridge__a"));
        assertThat(graph.downstream(bridgeB)).containsExactly(name("dar__staging.bridge__c"));
        assertThat(graph.ancestors(bridgeB)).containsExactly(name("dab.frame__a"), name("dab.frame__b"),
                name("dar__staging.bridge__a"), name("das.raw__a"), name("das.raw__b"));
        assertThat(graph.descendants(name("dab.frame__a"))).containsExactly(name("dar__staging.bridge__a"),
                name("dar__staging.bridge__b"), name("dar__staging.bridge__c"));
        assertThat(graph.upstream(name("das.raw__a"))).isEmpty();
        assertThatThrownBy(() -> graph.upstream(name("das.nothing"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsRelationsThePolicyAcceptsAsExternalSources() {
        ModelGraph graph = ModelGraph.of(diamond(), ExternalSourcePolicy.namePrefix("landed__"));

        assertThat(graph.externalSources()).containsExactly(name("das.landed__a"), name("das.landed__b"), name("das.landed__c"));
        assertThat(graph.externalInputs(name("das.raw__b"))).containsExactly(name("das.landed__b"));
        assertThat(graph.externalInputs(name("dab.frame__b"))).isEmpty();
        assertThat(graph.size()).isEqualTo(11);
    }

    @Test
    void rejectsAnUpstreamThatIsNeitherAModelNorExternal() {
        List<Model> models = List.of(model("das.raw__a", "das.landed__a"), model("dab.frame__a", "das.raw__aa"),
                model("dab.frame__b", "das.raw__a", "das.raw__bb"));

        assertThatThrownBy(() -> ModelGraph.of(models, ExternalSourcePolicy.namePrefix("landed__")))
                .isInstanceOfSatisfying(ModelGraphException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_UPSTREAM);
                    assertThat(e.models()).containsExactly(name("dab.frame__a"), name("dab.frame__b"));
                })
                .hasMessage("model dab.frame__a reads das.raw__aa, which no model produces and which is not an external source\n"
                        + "model dab.frame__b reads das.raw__bb, which no model produces and which is not an external source");
    }

    @Test
    void withoutAPolicyEveryUpstreamMustBeAModel() {
        assertThatThrownBy(() -> ModelGraph.of(List.of(model("das.raw__a", "das.landed__a")), ExternalSourcePolicy.none()))
                .isInstanceOf(ModelGraphException.class)
                .hasMessageContaining("das.landed__a");
    }

    @Test
    void rejectsACycleNamingTheModelsInIt() {
        List<Model> models = List.of(
                model("dar__staging.bridge__a", "dar__staging.bridge__c"),
                model("dar__staging.bridge__b", "dar__staging.bridge__a"),
                model("dar__staging.bridge__c", "dar__staging.bridge__b"),
                model("dab.frame__x"));

        assertThatThrownBy(() -> ModelGraph.of(models, ExternalSourcePolicy.none()))
                .isInstanceOfSatisfying(ModelGraphException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MODEL_CYCLE);
                    assertThat(e.models()).hasSize(4).doesNotContain(name("dab.frame__x"));
                    assertThat(e.models().get(0)).isEqualTo(e.models().get(3));
                })
                .hasMessageStartingWith("models read each other in a cycle: ")
                .hasMessageContaining("dar__staging.bridge__a")
                .hasMessageContaining("dar__staging.bridge__b")
                .hasMessageContaining("dar__staging.bridge__c");
    }

    @Test
    void rejectsAModelThatReadsItself() {
        assertThatThrownBy(() -> ModelGraph.of(List.of(model("dab.frame__a", "dab.frame__a")), ExternalSourcePolicy.none()))
                .isInstanceOf(ModelGraphException.class)
                .hasMessage("models read each other in a cycle: dab.frame__a -> dab.frame__a (each reads the one before it)");
    }

    @Test
    void rejectsTwoModelsWithOneName() {
        assertThatThrownBy(() -> ModelGraph.of(List.of(model("dab.frame__a"), model("dab.frame__a")), ExternalSourcePolicy.none()))
                .isInstanceOfSatisfying(ModelGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_MODEL))
                .hasMessage("more than one model is named dab.frame__a");
    }
}
