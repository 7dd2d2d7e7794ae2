package io.hooklake.runtime.duckdb;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.generator.contract.Statement;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.duckdb.storage.TableStorage;
import io.hooklake.runtime.engine.ModelChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** One model's change as one DuckDB transaction; the table storage commits a table format's version just before. */
final class DuckDbModelChange implements ModelChange {

    private final Connection connection;
    private final TableStorage storage;
    private final AffectedEntities affected;

    DuckDbModelChange(Connection connection, TableStorage storage, SqlNames names) {
        this.connection = connection;
        this.storage = storage;
        this.affected = new AffectedEntities(names);
    }

    @Override
    public void drop(ModelName model, Materialization materialization) throws SQLException {
        storage.drop(connection, model, materialization);
    }

    @Override
    public void replaceView(CompiledModel model) throws SQLException {
        storage.replaceView(connection, model);
    }

    @Override
    public long replaceTable(CompiledModel model) throws SQLException {
        return storage.replaceTable(connection, model);
    }

    @Override
    public long collectAffected(IncrementalStatements sql, LocalDateTime after, LocalDateTime until) throws SQLException {
        return affected.collect(connection, sql, after, until);
    }

    @Override
    public Applied applyIncremental(CompiledModel model, IncrementalStatements sql, long rowsBefore) throws SQLException {
        return storage.applyIncremental(connection, model, sql, rowsBefore);
    }

    @Override
    public void dropAffected(IncrementalStatements sql) throws SQLException {
        affected.drop(connection, sql);
    }

    @Override
    public AuditOutcome audit(Statement audit) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(audit.sql())) {
            rs.next();
            return new AuditOutcome(rs.getLong(1), rs.getString(2));
        }
    }

    @Override
    public DataCheckOutcome checkData(Statement check, LocalDateTime after, LocalDateTime until) throws SQLException {
        try (java.sql.PreparedStatement s = connection.prepareStatement(check.sql())) {
            s.setString(1, after == null ? null : StateTables.format(after));
            s.setString(2, StateTables.format(until));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new DataCheckOutcome(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5));
            }
        }
    }

    @Override
    public void writeState(ModelState state) throws SQLException {
        StateTables.write(connection, state);
    }

    @Override
    public void deleteState(ModelName model) throws SQLException {
        StateTables.delete(connection, model);
    }

    @Override
    public void commit() throws SQLException {
        storage.beforeCommit(connection);
        connection.commit();
        connection.setAutoCommit(true);
        storage.afterCommit(connection);
    }

    @Override
    public void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
        storage.afterRollback(connection);
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
