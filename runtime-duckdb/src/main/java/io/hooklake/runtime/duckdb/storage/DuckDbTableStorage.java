package io.hooklake.runtime.duckdb.storage;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.runtime.duckdb.SqlNames;
import io.hooklake.runtime.engine.ModelChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Keeps the tables as DuckDB tables inside the lakehouse database. */
public final class DuckDbTableStorage implements TableStorage {

    private final SqlNames names;

    public DuckDbTableStorage(SqlNames names) {
        this.names = names;
    }

    @Override
    public void ensureSchema(Connection connection, String schema) throws SQLException {
        execute(connection, "CREATE SCHEMA IF NOT EXISTS " + names.identifier(schema));
    }

    @Override
    public void replaceView(Connection connection, CompiledModel model) throws SQLException {
        execute(connection, "CREATE OR REPLACE VIEW " + names.relation(model.name()) + " AS\n" + model.statement().sql());
    }

    @Override
    public long replaceTable(Connection connection, CompiledModel model) throws SQLException {
        execute(connection, "CREATE OR REPLACE TABLE " + names.relation(model.name()) + " AS\n" + model.statement().sql());
        return count(connection, model.name());
    }

    @Override
    public ModelChange.Applied applyIncremental(Connection connection, CompiledModel model, IncrementalStatements sql,
            long rowsBefore) throws SQLException {
        String relation = names.relation(model.name());
        try (Statement s = connection.createStatement()) {
            // A DuckDB table changes in place: the affected entities' rows deleted (the complement of what kept.sql
            // keeps, as IncrementalStatements allows), those of rows.sql inserted.
            long deleted = s.executeUpdate("DELETE FROM " + relation + " WHERE " + names.identifier(sql.entityColumn())
                    + " IN (SELECT entity FROM " + names.relation(sql.affectedRelation()) + ")");
            long inserted = s.executeUpdate("INSERT INTO " + relation + "\n" + sql.rows().sql());
            return new ModelChange.Applied(rowsBefore - deleted + inserted, inserted);
        }
    }

    @Override
    public void drop(Connection connection, ModelName model, Materialization materialization) throws SQLException {
        execute(connection, "DROP " + (materialization == Materialization.VIEW ? "VIEW" : "TABLE") + " IF EXISTS "
                + names.relation(model));
    }

    @Override
    public long append(Connection connection, ModelName relation, List<ModelColumn> columns, String select,
            Map<String, String> properties) throws SQLException {
        ensureSchema(connection, relation.schema());
        execute(connection, "CREATE TABLE IF NOT EXISTS " + names.relation(relation) + " (" + columns.stream()
                .map(c -> names.quoted(c.name()) + " " + c.type()).collect(Collectors.joining(", ")) + ")");
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate("INSERT INTO " + names.relation(relation) + " (" + columns.stream()
                    .map(c -> names.quoted(c.name())).collect(Collectors.joining(", ")) + ") " + select);
        }
    }

    private long count(Connection connection, ModelName model) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + names.relation(model))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
