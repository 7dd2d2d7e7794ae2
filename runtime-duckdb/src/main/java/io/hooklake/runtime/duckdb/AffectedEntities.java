package io.hooklake.runtime.duckdb;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.IncrementalStatements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The entities an incremental run of a model recomputes, in the temporary table the generated
 * statements name ({@link IncrementalStatements#affectedRelation()}, one column {@code entity}),
 * filled from the generated {@code .affected.sql}; whatever the table format, DuckDB computes them.
 */
final class AffectedEntities {

    private final SqlNames names;

    AffectedEntities(SqlNames names) {
        this.names = names;
    }

    /** Fills the affected relation with the entities the loads in (after, until] reach; returns how many. */
    long collect(Connection connection, IncrementalStatements sql, LocalDateTime after, LocalDateTime until)
            throws SQLException {
        drop(connection, sql);
        try (PreparedStatement create = connection.prepareStatement(
                "CREATE TEMP TABLE " + names.identifier(sql.affectedRelation().name()) + " AS\n" + sql.affected().sql())) {
            create.setString(1, StateTables.format(after));
            create.setString(2, StateTables.format(until));
            create.execute();
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + relation(sql))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void drop(Connection connection, IncrementalStatements sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + relation(sql));
        }
    }

    private String relation(IncrementalStatements sql) {
        ModelName affected = sql.affectedRelation();
        return names.relation(affected);
    }
}
