package io.hooklake.runtime.duckdb.storage;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.runtime.engine.ModelChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The storage seam: where a lakehouse's tables (landed tables and table models) live and how a
 * change to them is written. DuckDB always computes; {@link DuckDbTableStorage} keeps the rows in
 * DuckDB's own tables, {@link FileTableStorage} in Parquet files committed as versions of a
 * Parquet, Delta or Iceberg table ({@link TableLog}), with a DuckDB view over each.
 *
 * <p>Every change runs inside a transaction of the given connection, which the caller commits
 * after the audit and the state update (calling {@link #beforeCommit} just before and
 * {@link #afterCommit} just after), or rolls back (then {@link #afterRollback}).
 */
public interface TableStorage {

    /** Opens a connection to the lakehouse database, for the storage's own work when the lakehouse is opened. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** Creates a schema when missing; called outside any model's transaction. */
    void ensureSchema(Connection connection, String schema) throws SQLException;

    /** Creates or replaces a view model. */
    void replaceView(Connection connection, CompiledModel model) throws SQLException;

    /** Builds a table model whole from its statement; returns its rows. */
    long replaceTable(Connection connection, CompiledModel model) throws SQLException;

    /**
     * Recomputes the entities in the affected relation of {@code sql} (already filled): the table's
     * new content is the rows of {@code sql.kept()} and those of {@code sql.rows()}.
     * {@code rowsBefore} is the table's row count before; returns it after, and the rows written
     * for the affected entities.
     */
    ModelChange.Applied applyIncremental(Connection connection, CompiledModel model, IncrementalStatements sql,
            long rowsBefore) throws SQLException;

    /** Drops a model's relation, if it exists. */
    void drop(Connection connection, ModelName model, Materialization materialization) throws SQLException;

    /**
     * Appends the rows of {@code select} (exactly {@code columns}, by name and type) to the landed
     * table {@code relation}, created when missing; returns the rows appended. {@code properties}
     * describe the load; they may be filled until {@link #beforeCommit}.
     */
    long append(Connection connection, ModelName relation, List<ModelColumn> columns, String select,
            Map<String, String> properties) throws SQLException;

    /** Finishes what a process killed between a table-format commit and the database's commit left; on every connection. */
    default void recover(Connection connection) throws SQLException {
    }

    /** Points the landed tables at their current versions, once, when the lakehouse is opened. */
    default void refreshLanded(Connector connector) throws SQLException {
    }

    /** Commits what the statements prepared outside the database (a table-format version); last step before COMMIT. */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    /** Tidies after the transaction committed. */
    default void afterCommit(Connection connection) throws SQLException {
    }

    /** Forgets what the statements prepared, after the transaction rolled back. */
    default void afterRollback(Connection connection) {
    }
}
