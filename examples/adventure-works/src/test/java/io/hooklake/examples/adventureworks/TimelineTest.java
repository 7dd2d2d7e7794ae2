package io.hooklake.examples.adventureworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void syntheticLoadsAreStrictlyIncreasingUpToTheDayAfterTheLastOrder() {
        for (int loads = 1; loads <= GeneratorOptions.MAX_LOADS; loads++) {
            Timeline timeline = Timeline.synthetic(loads);
            for (int load = 2; load <= loads; load++) {
                assertThat(timeline.loadedAt(load)).as("%d loads", loads).isAfter(timeline.loadedAt(load - 1));
            }
            assertThat(timeline.loadedAt(loads)).isEqualTo(LocalDateTime.of(2014, 7, 1, 0, 0));
        }
        assertThat(Timeline.synthetic(3).loadedAt(1)).isEqualTo(LocalDateTime.of(2014, 1, 25, 0, 0));
    }

    @Test
    void realLoadsAreMonthlyFromTheMonthAfterTheNewestDate() {
        Timeline timeline = Timeline.monthlyAfter(LocalDateTime.of(2017, 12, 13, 13, 58), 3);
        assertThat(timeline.loadedAt(1)).isEqualTo(LocalDateTime.of(2018, 1, 1, 0, 0));
        assertThat(timeline.loadedAt(3)).isEqualTo(LocalDateTime.of(2018, 3, 1, 0, 0));
    }

    @Test
    void growthPutsMoreOrdersLate() {
        assertThat(Timeline.growth(0)).isZero();
        assertThat(Timeline.growth(1)).isEqualTo(1.0);
        assertThat(Timeline.growth(0.5)).isGreaterThan(0.6);
    }
}
