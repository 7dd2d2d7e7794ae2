package io.hooklake.runtime.engine;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.generator.contract.Statement;
import io.hooklake.runtime.ModelState;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One model's change as one transaction of a {@link Session}: its statements, its audit and its
 * state row, then {@link #commit()}, or {@link #rollback()} leaving the model and its state as
 * they were. The runtime decides what to do ({@code io.hooklake.runtime.run.RunExecutor}); the
 * engine executes exactly the generated statements it is given.
 */
public interface ModelChange {

    /** Drops a model's relation, if it exists. */
    void drop(ModelName model, Materialization materialization) throws SQLException;

    /** Creates or replaces a view model from its statement. */
    void replaceView(CompiledModel model) throws SQLException;

    /** Builds a table model whole from its statement; returns its rows. */
    long replaceTable(CompiledModel model) throws SQLException;

    /**
     * Fills the affected relation of {@code sql} from {@link IncrementalStatements#affected()} for
     * the loads in (after, until]; returns how many entities it holds.
     */
    long collectAffected(IncrementalStatements sql, LocalDateTime after, LocalDateTime until) throws SQLException;

    /**
     * Makes the model's content the rows of {@code sql.kept()} and {@code sql.rows()} (or, the same,
     * deletes the affected entities' rows and inserts {@code sql.rows()}); {@code rowsBefore} is its
     * row count before; returns its row count after and the rows written for the affected entities.
     */
    Applied applyIncremental(CompiledModel model, IncrementalStatements sql, long rowsBefore) throws SQLException;

    /** Drops the affected relation of {@code sql}. */
    void dropAffected(IncrementalStatements sql) throws SQLException;

    /** Runs a grain audit statement ({@link io.hooklake.generator.contract.GrainAudit}). */
    AuditOutcome audit(Statement audit) throws SQLException;

    /**
     * Runs a frame's data-check statement ({@link CompiledModel#dataCheck()}) for the loads in
     * (after, until]; {@code after} null for every load up to {@code until}.
     */
    DataCheckOutcome checkData(Statement check, LocalDateTime after, LocalDateTime until) throws SQLException;

    /** Replaces the model's state row. */
    void writeState(ModelState state) throws SQLException;

    /** Deletes the model's state row. */
    void deleteState(ModelName model) throws SQLException;

    /** Commits the change (a table format's version included). */
    void commit() throws SQLException;

    /** Undoes the change; never throws, a failure to roll back is added to {@code cause}. */
    void rollback(Exception cause);

    /**
     * What a grain audit found.
     *
     * @param offending the rows that share a grain value or have a NULL in it; 0 when the grain holds
     * @param example the smallest offending grain value as text, null when none
     */
    record AuditOutcome(long offending, String example) {
    }

    /**
     * What an incremental change did.
     *
     * @param rows the table's rows afterwards
     * @param written the rows it wrote: those of the affected entities ({@code rows.sql})
     */
    record Applied(long rows, long written) {
    }

    /**
     * What a frame's data check found: the statement's one row, column by column.
     *
     * @param duplicateKeys keys with two or more different rows in one load
     * @param duplicateRows the rows of those keys
     * @param duplicateExample the smallest such key with its load, null when none
     * @param nullKeyRows rows with a NULL key
     * @param nullKeyExample the smallest such row's key with its load, null when none
     */
    record DataCheckOutcome(long duplicateKeys, long duplicateRows, String duplicateExample, long nullKeyRows,
            String nullKeyExample) {
    }
}
