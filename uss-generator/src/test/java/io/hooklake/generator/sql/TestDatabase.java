package io.hooklake.generator.sql;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.testing.LoadSink;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An in-memory DuckDB with a project's landing tables, where the generator's SQL tests land rows
 * and create models (views as views, tables with {@code CREATE TABLE AS}): no run state, no
 * incremental runs, which are the runtime's and tested there on the real runtime.
 */
final class TestDatabase implements AutoCloseable, LoadSink {

    private final Connection connection;
    private final Project project;
    private final NamingStrategy naming;
    private final Dialect dialect = Dialect.duckdb();

    TestDatabase(Project project) {
        this.project = project;
        this.naming = new NamingStrategy(project.settings());
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        var schemas = project.settings().schemas();
        new TreeSet<>(List.of(schemas.das(), schemas.dab(), schemas.darStaging(), schemas.dar()))
                .forEach(s -> execute("CREATE SCHEMA IF NOT EXISTS " + dialect.identifier(s)));
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                execute("CREATE TABLE " + dialect.relation(naming.landing(table)) + " ("
                        + table.columns().stream()
                                .map(c -> dialect.quoted(c.name().value()) + " " + c.type().sql())
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
    }

    Connection connection() {
        return connection;
    }

    /** Lands rows of one table in one load: each tuple lists the table's columns but the load column, which is last. */
    @Override
    public void land(String table, String load, String... tuples) {
        Table landed = table(table);
        String values = Arrays.stream(tuples).map(t -> "(" + t + ", " + load + ")").collect(Collectors.joining(", "));
        String columns = landed.columns().stream().filter(c -> !c.name().equals(landed.loadColumn()))
                .map(c -> dialect.quoted(c.name().value())).collect(Collectors.joining(", "));
        execute("INSERT INTO " + dialect.relation(naming.landing(landed)) + " (" + columns + ", "
                + dialect.quoted(landed.loadColumn().value()) + ") VALUES " + values);
    }

    Table table(String name) {
        return project.sources().stream().flatMap(s -> s.tables().stream())
                .filter(t -> t.name().equals(TableName.of(name))).findFirst().orElseThrow();
    }

    /** Creates every model, parents first: views as views, tables as {@code CREATE TABLE AS}. */
    void create(ModelSet set) {
        for (Model model : inDagOrder(set.models())) {
            create(model);
        }
    }

    void create(Model model) {
        String kind = model.materialization() == Materialization.VIEW ? "VIEW" : "TABLE";
        try {
            execute("CREATE OR REPLACE " + kind + " " + dialect.relation(model.name()) + " AS\n" + model.sql());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("model " + model.name() + " failed:\n" + model.sql(), e);
        }
    }

    static List<Model> inDagOrder(List<Model> models) {
        Map<ModelName, Model> byName = new HashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<Model> ordered = new ArrayList<>();
        Set<ModelName> done = new java.util.HashSet<>();
        List<Model> todo = new ArrayList<>(models);
        while (!todo.isEmpty()) {
            Model next = todo.stream()
                    .filter(m -> m.upstream().stream().allMatch(u -> done.contains(u) || !byName.containsKey(u)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("cycle among models"));
            todo.remove(next);
            done.add(next.name());
            ordered.add(next);
        }
        return ordered;
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Rows as column-name maps, in the query's order. */
    List<Map<String, Object>> rows(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(meta.getColumnName(i), value == null ? null : value instanceof String ? value : value.toString());
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
    }

    /** One value. */
    Object value(String sql) {
        List<Map<String, Object>> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    long count(String sql) {
        return Long.parseLong(String.valueOf(value("SELECT count(*) FROM (" + sql + ") AS counted")));
    }

    /** A relation's columns as DuckDB reports them: name and type. */
    List<String> describe(ModelName relation) {
        return rows("DESCRIBE " + dialect.relation(relation)).stream()
                .map(r -> r.get("column_name") + " " + r.get("column_type")).toList();
    }

    String relation(ModelName name) {
        return dialect.relation(name);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
