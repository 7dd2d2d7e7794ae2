package io.hooklake.runtime;

import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GrainAudit;
import io.hooklake.generator.contract.Statement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs a model's generated grain audit ({@code .audit.sql}, or {@code .audit-affected.sql} after an
 * incremental change) inside the model's transaction: its grain must be unique and never NULL.
 */
final class GrainAuditor {

    /**
     * Audits the whole table.
     *
     * @throws AuditFailedException with the count of offending rows and the smallest offending key
     */
    void audit(Connection connection, CompiledModel model) throws SQLException {
        Optional<GrainAudit> audit = model.audit();
        if (audit.isPresent()) {
            audit(connection, model, audit.get(), audit.get().whole());
        }
    }

    /**
     * Audits only the rows of the affected entities: after an incremental change they are the only
     * new rows, and since every generated grain includes the entity, they cannot collide with the
     * rows of other entities, which passed their audit before.
     */
    void auditAffected(Connection connection, CompiledModel model) throws SQLException {
        Optional<GrainAudit> audit = model.audit();
        if (audit.isPresent()) {
            audit(connection, model, audit.get(), audit.get().ofAffected().orElse(audit.get().whole()));
        }
    }

    private static void audit(Connection connection, CompiledModel model, GrainAudit audit, Statement statement)
            throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(statement.sql())) {
            rs.next();
            long offending = rs.getLong(1);
            if (offending > 0) {
                throw new AuditFailedException(model.name(), model.statement().file(), audit.grain(), offending, rs.getString(2));
            }
        }
    }
}
