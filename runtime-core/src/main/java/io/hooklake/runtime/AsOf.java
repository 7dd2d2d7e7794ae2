package io.hooklake.runtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The moment a query reads the lakehouse at: now, right after an earlier run, or at a time
 * (time travel; Delta and Iceberg lakehouses, see {@code docs/runtime.md}).
 */
public sealed interface AsOf {

    /** The lakehouse as it is. */
    static AsOf now() {
        return Now.INSTANCE;
    }

    /** The lakehouse right after run {@code runId} (as the run summary prints it, {@code run-20261205T...Z}). */
    static AsOf run(String runId) {
        return new Run(runId);
    }

    /** The lakehouse at {@code moment}: every table at the version committed last at or before it. */
    static AsOf time(Instant moment) {
        return new Time(moment);
    }

    /**
     * A moment written as an ISO-8601 instant ({@code 2026-12-05T07:40:00Z}, an offset allowed) or
     * a date and time without zone, read as UTC ({@code 2026-12-05T07:40:00}, {@code 2026-12-05 07:40}).
     *
     * @throws IllegalArgumentException when {@code text} is neither
     */
    static AsOf time(String text) {
        String trimmed = Objects.requireNonNull(text, "text").strip().replace(' ', 'T');
        try {
            return time(java.time.OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return time(LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("'" + text + "', which is not a moment; write it as 2026-12-05T07:40:00Z"
                        + " (UTC), with an offset (2026-12-05T08:40:00+01:00) or as 2026-12-05 07:40:00 (UTC)");
            }
        }
    }

    /** The lakehouse as it is. */
    enum Now implements AsOf {
        INSTANCE
    }

    /** Right after a run. */
    record Run(String runId) implements AsOf {
        public Run {
            Objects.requireNonNull(runId, "runId");
        }
    }

    /** At a moment. */
    record Time(Instant moment) implements AsOf {
        public Time {
            Objects.requireNonNull(moment, "moment");
        }
    }
}
