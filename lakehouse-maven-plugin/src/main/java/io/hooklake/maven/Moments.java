package io.hooklake.maven;

import io.hooklake.runtime.AsOf;
import org.apache.maven.plugin.logging.Log;

/** The moment a goal that reads the lakehouse reads it at, from its {@code asOfRun} and {@code asOfTime}. */
final class Moments {

    private Moments() {
    }

    /**
     * The moment to read the lakehouse at: right after run {@code run}, at time {@code time}, or now
     * without either; says so in the log.
     *
     * @throws ParameterException when both are given or the time cannot be read
     */
    static AsOf asOf(String run, String time, Log log) {
        boolean byRun = run != null && !run.isBlank();
        boolean byTime = time != null && !time.isBlank();
        if (byRun && byTime) {
            throw new ParameterException("lakehouse.asOfRun and lakehouse.asOfTime are both given; give one");
        }
        if (byRun) {
            log.info("Reading the lakehouse as it was right after " + run.strip());
            return AsOf.run(run.strip());
        }
        if (!byTime) {
            return AsOf.now();
        }
        try {
            AsOf moment = AsOf.time(time);
            log.info("Reading the lakehouse as it was at " + ((AsOf.Time) moment).moment());
            return moment;
        } catch (IllegalArgumentException e) {
            throw new ParameterException("lakehouse.asOfTime is " + e.getMessage());
        }
    }
}
