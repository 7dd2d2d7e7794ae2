package io.hooklake.generator.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check that a table model's grain is unique and never NULL, run inside the model's change
 * before it commits. Each statement returns one row: {@code offending} (BIGINT, the rows that
 * share a grain value or have a NULL in it; 0 when the audit passes) and {@code example} (the
 * smallest offending grain value as text, NULL when none).
 *
 * @param grain the grain's columns
 * @param whole the audit of the whole table
 * @param ofAffected for an incremental model, the audit of the affected entities' rows only (every
 *     generated grain holds the entity, so rows of other entities cannot collide with them)
 */
public record GrainAudit(List<String> grain, Statement whole, Optional<Statement> ofAffected) {

    public GrainAudit {
        grain = List.copyOf(grain);
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(ofAffected, "ofAffected");
    }
}
