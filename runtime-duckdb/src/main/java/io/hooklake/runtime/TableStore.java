package io.hooklake.runtime;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The storage seam: where a model's rows live and how a change to them is written. Every method
 * runs inside the model's transaction on the given connection, which the caller commits after
 * the audit and the state update, or rolls back. {@link DuckDbTableStore} keeps rows in DuckDB's
 * own tables; {@link FormatTableStore} in Parquet, Delta or Iceberg tables, committed through
 * {@link #beforeCommit} just before the model's transaction commits.
 */
interface TableStore {

    /** Creates the model's schema when missing; called before the models run, outside their transactions. */
    void ensureSchema(Connection connection, ModelName model) throws SQLException;

    /** Creates or replaces a view model. */
    void replaceView(Connection connection, CompiledModel model) throws SQLException;

    /** Builds a table model whole from its SELECT; returns its rows. */
    long replaceTable(Connection connection, CompiledModel model) throws SQLException;

    /**
     * Recomputes the entities listed in the affected relation of {@code sql} (one column,
     * {@code entity}, already filled) in an incremental table: the table's new content is the rows
     * of {@code sql.kept()} and those of {@code sql.rows()}. {@code rowsBefore} is the table's row
     * count before; returns it after.
     */
    long applyIncremental(Connection connection, CompiledModel model, IncrementalStatements sql, long rowsBefore)
            throws SQLException;

    /** Drops a model's relation, if it exists. */
    void drop(Connection connection, ModelName model, Materialization materialization) throws SQLException;

    /** Commits what the model's statements prepared outside the database (a table-format version); last step before COMMIT. */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    /** Tidies after the model's transaction committed. */
    default void afterCommit(Connection connection) throws SQLException {
    }

    /** Forgets what the model's statements prepared, after its transaction rolled back. */
    default void afterRollback(Connection connection) {
    }
}
