package io.hooklake.generator.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods a metric is charted by: days, ISO weeks (from Monday) or calendar months. */
public enum Grain {
    DAY,
    WEEK,
    MONTH;

    /** The name in the page and in {@code date_trunc}: {@code day}, {@code week}, {@code month}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period {@code date} falls in. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The start of the period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
