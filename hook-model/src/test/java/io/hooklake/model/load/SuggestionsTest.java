package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheNearestCandidate() {
        assertThat(Suggestions.didYouMean("order__adventure_workz", List.of("customer__adventure_works", "order__adventure_works")))
                .contains("did you mean 'order__adventure_works'?");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("nullabel", "nullable")).isEqualTo(1);
        assertThat(Suggestions.didYouMean("nullabel", List.of("name", "nullable"))).contains("did you mean 'nullable'?");
    }

    @Test
    void ignoresCase() {
        assertThat(Suggestions.distance("Prefix", "prefix")).isZero();
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.didYouMean("zzz", List.of("customer__shop"))).isEmpty();
        assertThat(Suggestions.didYouMean("ab", List.of("xy"))).isEmpty();
    }

    @Test
    void prefersTheAlphabeticallyFirstOfEquallyNearCandidates() {
        assertThat(Suggestions.closest("cat", List.of("cut", "bat"))).contains("bat");
    }
}
