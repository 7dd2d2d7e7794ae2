package io.hooklake.generator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table model's grain audit: statements that return one row, {@code offending} and
 * {@code example}; see {@link io.hooklake.generator.contract.GrainAudit}.
 *
 * @param grain the grain's columns
 * @param whole the audit of every row
 * @param ofAffected for an incremental model, the audit of the affected entities' rows
 */
public record AuditSql(List<String> grain, String whole, Optional<String> ofAffected) {

    public AuditSql {
        grain = List.copyOf(grain);
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(ofAffected, "ofAffected");
    }
}
