package io.hooklake.generator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.SyntheticProjects;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.FrameName;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeLayoutsTest {

    /** Frame i refers to frames (i - 1) / 2 and i / 3: frame 11 reaches frames 1 and 0 through 3 and through 5. */
    private final Project project = SyntheticProjects.project(12, false);
    private final BridgeLayouts layouts = BridgeLayouts.of(project, FrameGraph.of(project),
            new NamingStrategy(project.settings()));

    private static FrameName frame(int i) {
        return FrameName.of("src__" + SyntheticProjects.thing(i) + "s");
    }

    private List<Diagnostic> diamondsOf(int i) {
        String name = "'" + frame(i).value() + "'";
        return layouts.diagnostics().stream()
                .filter(d -> d.code().equals(BridgeLayouts.DIAMOND) && d.message().startsWith("bridge of frame " + name))
                .toList();
    }

    @Test
    void keepsEachColumnOnceThroughTheShortestThenEarliestReference() {
        assertThat(layouts.of(frame(11)).inherited())
                .extracting(InheritedPit::column, InheritedPit::reference, InheritedPit::hops)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("_pit_hook__thing_00003", 0, 1),
                        org.assertj.core.groups.Tuple.tuple("_pit_hook__thing_00001", 0, 2),
                        org.assertj.core.groups.Tuple.tuple("_pit_hook__thing_00000", 0, 3),
                        org.assertj.core.groups.Tuple.tuple("_pit_hook__thing_00005", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("_pit_hook__thing_00002", 1, 2));
    }

    @Test
    void reportsTheColumnsDroppedThroughOneReferenceInOneWarningNamingEachColumnByTheStepKept() {
        String via3 = "src__thing_00011s._hook__thing_00003 -> src__thing_00003s";
        assertThat(diamondsOf(11)).singleElement().extracting(Diagnostic::message).asString()
                .contains("reaches 2 columns through src__thing_00011s._hook__thing_00005 -> src__thing_00005s",
                        "keeps them through " + via3 + ": '_pit_hook__thing_00001', '_pit_hook__thing_00000'");
    }

    @Test
    void aSingleDroppedColumnIsReportedWithBothWholePaths() {
        // Frame 5 refers to 1 and 2, which both refer to 0.
        assertThat(diamondsOf(5)).singleElement().extracting(Diagnostic::message).asString()
                .contains("column '_pit_hook__thing_00000'",
                        "src__thing_00005s._hook__thing_00001 -> src__thing_00001s._hook__thing_00000 -> src__thing_00000s",
                        "src__thing_00005s._hook__thing_00002 -> src__thing_00002s._hook__thing_00000 -> src__thing_00000s");
    }

    @Test
    void aColumnKnowsItsWholeRouteButSummarisesItInConstantLength() {
        InheritedPit far = layouts.of(frame(11)).inherited().get(2);

        assertThat(far.path()).isEqualTo("src__thing_00011s._hook__thing_00003 -> src__thing_00003s._hook__thing_00001"
                + " -> src__thing_00001s._hook__thing_00000 -> src__thing_00000s");
        assertThat(far.summary()).isEqualTo("src__thing_00011s._hook__thing_00003 -> src__thing_00003s"
                + " from frame src__thing_00000s, 3 references away");
        assertThat(far.owner()).isEqualTo("src__thing_00000s");
    }
}
