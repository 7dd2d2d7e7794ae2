package io.hooklake.runtime;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/** Checks inside a model's transaction that its grain is unique and never NULL. */
final class GrainAuditor {

    private final SqlNames names;

    GrainAuditor(SqlNames names) {
        this.names = names;
    }

    /**
     * @throws AuditFailedException with the count of offending rows and the smallest offending key
     */
    void audit(Connection connection, Model model, String file) throws SQLException {
        audit(connection, model, file, "");
    }

    /**
     * Audits only the rows of the entities in {@code affected}: after an incremental change they
     * are the only new rows, and since every generated grain includes the entity, they cannot
     * collide with the rows of other entities, which passed their audit before.
     */
    void auditEntities(Connection connection, Model model, String file, String entityColumn, ModelName affected)
            throws SQLException {
        audit(connection, model, file, " WHERE " + names.identifier(entityColumn) + " IN (SELECT entity FROM "
                + names.relation(affected) + ")");
    }

    private void audit(Connection connection, Model model, String file, String where) throws SQLException {
        if (model.grain().isEmpty()) {
            return;
        }
        String columns = model.grain().stream().map(names::identifier).collect(Collectors.joining(", "));
        String key = model.grain().stream().map(g -> "coalesce(CAST(" + names.identifier(g) + " AS VARCHAR), 'NULL')")
                .collect(Collectors.joining(" || '~' || "));
        String anyNull = model.grain().stream().map(g -> names.identifier(g) + " IS NULL")
                .collect(Collectors.joining(" OR "));
        String sql = "SELECT coalesce(sum(copies), 0), min(key) FROM (SELECT " + key + " AS key, count(*) AS copies FROM "
                + names.relation(model.name()) + where + " GROUP BY " + columns + " HAVING count(*) > 1 OR " + anyNull
                + ") AS offending";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long offending = rs.getLong(1);
            if (offending > 0) {
                throw new AuditFailedException(model.name(), file, model.grain(), offending, rs.getString(2));
            }
        }
    }
}
