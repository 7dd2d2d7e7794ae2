package io.hooklake.runtime.engine;

import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.QueryResult;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One lakehouse folder as an engine keeps it. The caller holds the run lock around every call.
 */
public interface EngineLakehouse {

    /**
     * Connects to the lakehouse: its run state exists afterwards, and whatever a process killed
     * during a commit left half done is finished.
     */
    Session session() throws SQLException;

    /**
     * Called once when the lakehouse is opened: points the landed tables at their current
     * versions (another engine may have appended to them), finishing a half-done commit first.
     */
    void refreshLanded() throws SQLException;

    /**
     * Runs {@code sql} and reads at most {@code maxRows} of its rows, reading the lakehouse's tables
     * and nothing else: no file written, none outside the lakehouse read, no setting changed; the
     * caller holds a reader's lock.
     *
     * @throws io.hooklake.runtime.LakehouseException {@code LH307} when there is nothing to query or
     *     the query fails; {@code LH315} for a statement that is not a read; {@code LH316} when it
     *     runs longer than {@code timeLimit}
     */
    default QueryResult query(String sql, int maxRows, Duration timeLimit) {
        return query(sql, maxRows, timeLimit, AsOf.now());
    }

    /**
     * As {@link #query(String, int, Duration)}, reading every table as it was at {@code asOf}
     * (views as they are now).
     *
     * @throws io.hooklake.runtime.LakehouseException {@code LH320} when the table format keeps no
     *     earlier versions; {@code LH321} for an unknown run or a moment before the first run;
     *     {@code LH322} when a table's version of that moment is gone
     */
    QueryResult query(String sql, int maxRows, Duration timeLimit, AsOf asOf);

    /** Lets go of what the engine holds open between calls (a Spark session); the default holds nothing. */
    default void close() {
    }
}
