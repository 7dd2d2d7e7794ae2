package io.hooklake.generator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The XmR rules against series whose centre lines and limits were worked out by hand. */
class XmrTest {

    private static final double EPS = 1e-9;

    /** Twenty points alternating 10 and 12: centre 11, every moving range 2, limits 11 +/- 5.32. */
    private static List<Double> steady() {
        return new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> i % 2 == 0 ? 10.0 : 12.0).toList());
    }

    @Test
    void centreIsTheMeanAndLimitsAreTwoPointSixSixMeanMovingRangesAway() {
        // mean 30 / 5 = 6; moving ranges 2, 1, 2, 4: mean 2.25; 2.66 x 2.25 = 5.985
        Xmr xmr = Xmr.of(List.of(5.0, 7.0, 6.0, 8.0, 4.0));

        assertThat(xmr.centre()).allSatisfy(c -> assertThat(c).isCloseTo(6.0, within(EPS)));
        assertThat(xmr.upper()).allSatisfy(u -> assertThat(u).isCloseTo(11.985, within(EPS)));
        assertThat(xmr.lower()).allSatisfy(l -> assertThat(l).isCloseTo(0.015, within(EPS)));
        assertThat(xmr.baselines()).containsExactly(0);
        assertThat(IntStream.range(0, 5).filter(xmr::signal)).isEmpty();
    }

    @Test
    void lowerLimitIsNeverBelowZero() {
        // mean 5, moving ranges 8, 8, 8: 5 - 21.28 < 0
        Xmr xmr = Xmr.of(List.of(1.0, 9.0, 1.0, 9.0));

        assertThat(xmr.upper().get(0)).isCloseTo(26.28, within(EPS));
        assertThat(xmr.lower()).containsOnly(0.0);
    }

    @Test
    void onlyTheFirstTwentyPointsMakeTheLimitsAndAPointBeyondThemIsASignal() {
        List<Double> values = steady();
        values.add(30.0);
        values.add(11.0);
        Xmr xmr = Xmr.of(values);

        assertThat(xmr.centre().get(21)).isCloseTo(11.0, within(EPS));
        assertThat(xmr.upper().get(21)).isCloseTo(16.32, within(EPS));
        assertThat(xmr.lower().get(21)).isCloseTo(5.68, within(EPS));
        assertThat(IntStream.range(0, 22).filter(xmr::signal).boxed()).containsExactly(20);
        assertThat(xmr.signalWord(20)).isEqualTo("above");
        assertThat(xmr.signalWord(21)).isEqualTo("within");
    }

    @Test
    void eightPointsInARowOnOneSideStartANewBaselineAtTheFirstOfThem() {
        List<Double> values = steady();
        values.addAll(Collections.nCopies(8, 14.0));
        values.add(15.0);
        Xmr xmr = Xmr.of(values);

        assertThat(xmr.baselines()).containsExactly(0, 20);
        assertThat(xmr.centre().get(19)).isCloseTo(11.0, within(EPS));
        // the new baseline: nine points, 8 x 14 and 15: mean 127 / 9; moving ranges 0 x 7 and 1: mean 1/8
        assertThat(xmr.centre().get(20)).isCloseTo(127.0 / 9, within(EPS));
        assertThat(xmr.upper().get(28)).isCloseTo(127.0 / 9 + 2.66 / 8, within(EPS));
        assertThat(xmr.lower().get(28)).isCloseTo(127.0 / 9 - 2.66 / 8, within(EPS));
    }

    @Test
    void sevenPointsOnOneSideOrARunBrokenByAPointOnTheCentreLineKeepTheBaseline() {
        List<Double> seven = steady();
        seven.addAll(Collections.nCopies(7, 14.0));
        seven.add(10.0);
        assertThat(Xmr.of(seven).baselines()).containsExactly(0);

        List<Double> broken = steady();
        broken.addAll(Collections.nCopies(4, 13.0));
        broken.add(11.0);
        broken.addAll(Collections.nCopies(4, 13.0));
        assertThat(Xmr.of(broken).baselines()).containsExactly(0);

        List<Double> below = steady();
        below.addAll(Collections.nCopies(8, 6.0));
        assertThat(Xmr.of(below).baselines()).as("a run below the centre too").containsExactly(0, 20);
    }

    @Test
    void shortSeriesUseTheirPointsAndASinglePointHasNoSpread() {
        Xmr one = Xmr.of(List.of(5.0));
        assertThat(one.centre()).containsExactly(5.0);
        assertThat(one.upper()).containsExactly(5.0);
        assertThat(one.lower()).containsExactly(5.0);
        assertThat(one.signal(0)).isFalse();

        Xmr none = Xmr.of(List.of());
        assertThat(none.values()).isEmpty();
        assertThat(none.baselines()).isEmpty();
    }
}
