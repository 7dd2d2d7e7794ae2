package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintingRunListenerTest {

    @Test
    void aModelLineShowsPositionNameKindActionRowsRowsChangedAndSeconds() {
        ModelRun run = new ModelRun(12, 342, new ModelName("dab", "frame__x"), ModelKind.FRAME, Action.INCREMENTAL, 1234,
                0.123, 12);

        assertThat(PrintingRunListener.line(run, 12))
                .isEqualTo("[ 12/342] dab.frame__x  FRAME           incremental        1,234 rows         12 changed  0.12 s");
    }

    @Test
    void aViewLineHasNoRowCount() {
        ModelRun run = new ModelRun(3, 9, new ModelName("dar", "x"), ModelKind.PERIPHERAL, Action.RECREATE_VIEW, -1, 0.01);

        assertThat(PrintingRunListener.line(run, 5))
                .isEqualTo("[3/9] dar.x  PERIPHERAL      recreate view                                     0.01 s");
    }

    @Test
    void theSummaryCountsActionsAndRowsOrSaysThereWasNothingToDo() {
        RunSummary work = new RunSummary("run-1", Optional.of(LocalDateTime.parse("2024-02-01T00:00:00")),
                Map.of(Action.INCREMENTAL, 2, Action.RECREATE_VIEW, 1), 1_500, 1.5, Optional.empty());
        RunSummary idle = new RunSummary("run-2", Optional.empty(), Map.of(), 0, 0.01, Optional.empty());

        assertThat(PrintingRunListener.summaryLine(work))
                .isEqualTo("run run-1: 3 models (2 incremental, 1 recreate view), 1,500 rows in 1.50 s, loads up to 2024-02-01T00:00");
        assertThat(PrintingRunListener.summaryLine(idle)).isEqualTo("run run-2: nothing to do in 0.01 s");
    }
}
