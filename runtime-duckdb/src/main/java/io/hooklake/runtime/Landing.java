package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.LoadKind;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Column;
import io.hooklake.model.Project;
import io.hooklake.model.SourceName;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Appends loads to the landing relations ({@code das.landed__<source>__<table>}, DuckDB tables
 * with the declared columns, the load column included) and records each load's time, which sets
 * the high-water mark a run processes up to. Minimal on purpose: ingest of Parquet, Delta and
 * Iceberg folders comes with the table formats. Each append holds the lakehouse's lock and is one
 * transaction.
 *
 * <p>Loads must arrive in load order: a load whose time is not after the watermark of a model
 * already built would never be seen by incremental runs, so it is refused ({@code LH305}).
 */
public final class Landing {

    private final Lakehouse lakehouse;
    private final Project project;
    private final NamingStrategy naming;
    private final SqlNames names = new SqlNames();

    Landing(Lakehouse lakehouse, Project project) {
        this.lakehouse = lakehouse;
        this.project = project;
        this.naming = new NamingStrategy(project.settings());
    }

    /** Creates every landing relation of the project that does not exist yet, empty. */
    public void createTables() {
        lakehouse.withLock(connection -> {
            for (var source : project.sources()) {
                for (Table table : source.tables()) {
                    create(connection, table);
                }
            }
            return null;
        });
    }

    /**
     * Appends one load: the rows of {@code select} (a SELECT or VALUES with a column per declared
     * column but the load column, by name) with the load column set to {@code load} (its text,
     * cast to the load column's type: {@code 2024-01-01 00:00:00}, or a dlt load id).
     *
     * @return the rows appended
     */
    public long append(String source, String table, String load, String select) {
        Table landed = table(source, table);
        String payload = landed.payload().stream().map(c -> names.quoted(c.name().value())).collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + names.relation(naming.landing(landed)) + " (" + payload + ", "
                + names.quoted(landed.loadColumn().value()) + ") SELECT " + payload + ", CAST(? AS "
                + landed.load().type().sql() + ") FROM (" + select + ") AS incoming";
        return lakehouse.withLock(connection -> {
            connection.setAutoCommit(false);
            try {
                create(connection, landed);
                long rows;
                try (PreparedStatement p = connection.prepareStatement(insert)) {
                    p.setString(1, load);
                    rows = p.executeUpdate();
                }
                record(connection, landed, load, rows);
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Appends one load from Parquet files holding the declared columns but the load column. */
    public long appendParquet(String source, String table, String load, List<Path> files) {
        String list = files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        return append(source, table, load, "SELECT * FROM read_parquet([" + list + "])");
    }

    /** The landing relation of a table. */
    public ModelName relation(String source, String table) {
        return naming.landing(table(source, table));
    }

    private Table table(String source, String table) {
        return project.table(SourceName.of(source), TableName.of(table)).orElseThrow(() -> new LakehouseException("LH304",
                "project " + project.name().value() + " has no table " + source + "." + table));
    }

    private void create(Connection connection, Table table) throws SQLException {
        ModelName relation = naming.landing(table);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + names.identifier(relation.schema()));
            s.execute("CREATE TABLE IF NOT EXISTS " + names.relation(relation) + " (" + table.columns().stream()
                    .map(this::column).collect(Collectors.joining(", ")) + ")");
        }
    }

    private String column(Column column) {
        return names.quoted(column.name().value()) + " " + column.type().sql();
    }

    /** Records the load with its time, converted to a TIMESTAMP as the frames convert it. */
    private void record(Connection connection, Table table, String load, long rows) throws SQLException {
        String value = "CAST(? AS " + table.load().type().sql() + ")";
        LoadKind kind = names.dialect().loadKind(table.load().type());
        String time = switch (kind) {
            case TIMESTAMP, DATE -> "CAST(" + value + " AS TIMESTAMP)";
            case TIMESTAMP_TZ -> "timezone('UTC', " + value + ")";
            case EPOCH_NUMBER, EPOCH_TEXT -> "make_timestamp(CAST(CAST(" + value + " AS DOUBLE) * 1000000 AS BIGINT))";
        };
        try (PreparedStatement p = connection.prepareStatement("SELECT CAST(" + time + " AS VARCHAR),"
                + " CAST((SELECT max(watermark) FROM " + StateStore.SCHEMA + ".model_state) AS VARCHAR)")) {
            p.setString(1, load);
            try (var rs = p.executeQuery()) {
                rs.next();
                String at = rs.getString(1);
                String processed = rs.getString(2);
                if (processed != null && !StateStore.parse(at).isAfter(StateStore.parse(processed))) {
                    throw new LakehouseException("LH305", "load " + load + " of " + naming.landing(table)
                            + " is at " + at + ", not after " + processed + ", which runs have already processed;"
                            + " incremental runs would never see it. Land it with a later load value");
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StateStore.SCHEMA
                + ".loads SELECT ?, CAST(" + value + " AS VARCHAR), " + time + ", ?")) {
            p.setString(1, naming.landing(table).qualified());
            p.setString(2, load);
            p.setString(3, load);
            p.setLong(4, rows);
            p.executeUpdate();
        }
    }
}
