package io.hooklake.runtime;

import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.ModelName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The entities an incremental run of a model recomputes, in a temporary table of the model's
 * connection ({@code temp.affected__<schema>__<model>}, one column {@code entity}); whatever
 * the table format, DuckDB computes them.
 */
final class AffectedEntities {

    private final SqlNames names;

    AffectedEntities(SqlNames names) {
        this.names = names;
    }

    /** Fills {@code affected} with the entities the loads in (after, until] reach; returns how many. */
    long collect(Connection connection, IncrementalSql sql, ModelName affected, LocalDateTime after, LocalDateTime until)
            throws SQLException {
        drop(connection, affected);
        try (PreparedStatement create = connection.prepareStatement(
                "CREATE TEMP TABLE " + names.identifier(affected.name()) + " AS\n" + sql.affectedEntities())) {
            create.setString(1, StateStore.format(after));
            create.setString(2, StateStore.format(until));
            create.execute();
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + names.relation(affected))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void drop(Connection connection, ModelName affected) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + names.relation(affected));
        }
    }
}
