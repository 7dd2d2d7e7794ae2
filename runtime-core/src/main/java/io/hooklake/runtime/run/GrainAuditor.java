package io.hooklake.runtime.run;

import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GrainAudit;
import io.hooklake.generator.contract.Statement;
import io.hooklake.runtime.AuditFailedException;
import io.hooklake.runtime.engine.ModelChange;
import io.hooklake.runtime.engine.ModelChange.AuditOutcome;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs a model's generated grain audit ({@code .audit.sql}, or {@code .audit-affected.sql} after an
 * incremental change) inside the model's change: its grain must be unique and never NULL.
 */
final class GrainAuditor {

    private GrainAuditor() {
    }

    /**
     * Audits the whole table.
     *
     * @throws AuditFailedException with the count of offending rows and the smallest offending key
     */
    static void audit(ModelChange change, CompiledModel model) throws SQLException {
        Optional<GrainAudit> audit = model.audit();
        if (audit.isPresent()) {
            audit(change, model, audit.get(), audit.get().whole());
        }
    }

    /**
     * Audits only the rows of the affected entities: after an incremental change they are the only
     * new rows, and since every generated grain includes the entity, they cannot collide with the
     * rows of other entities, which passed their audit before.
     */
    static void auditAffected(ModelChange change, CompiledModel model) throws SQLException {
        Optional<GrainAudit> audit = model.audit();
        if (audit.isPresent()) {
            audit(change, model, audit.get(), audit.get().ofAffected().orElse(audit.get().whole()));
        }
    }

    /** The generated file of the model's grain audit, for a failure's message. */
    static String file(CompiledModel model, boolean affected) {
        return model.audit().map(a -> affected ? a.ofAffected().orElse(a.whole()) : a.whole())
                .map(Statement::file).orElse(model.statement().file());
    }

    private static void audit(ModelChange change, CompiledModel model, GrainAudit audit, Statement statement)
            throws SQLException {
        AuditOutcome outcome = change.audit(statement);
        if (outcome.offending() > 0) {
            throw new AuditFailedException(model.name(), model.statement().file(), audit.grain(), outcome.offending(),
                    outcome.example());
        }
    }
}
