package io.hooklake.generator.contract;

import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model as a generation wrote it: what a runtime plans with and executes.
 *
 * @param name schema-qualified name
 * @param kind the model kind
 * @param materialization view, table or incremental table
 * @param columns the columns it produces, in order
 * @param grain the columns that identify one row (empty for views without a grain)
 * @param upstream the models and external sources its statement reads, sorted
 * @param fingerprint the SHA-256 of everything that decides its rows, its parents' fingerprints
 *     included: a run rebuilds the model when it changes
 * @param ownFingerprint the same without the parents: tells a model changed directly from one
 *     changed through a parent
 * @param origin the YAML element it comes from ({@code file:line:column}), when it has one
 * @param statement its whole SELECT
 * @param incremental for an incremental model, how it takes in new loads
 * @param audit for a table model with a grain, its grain audit
 * @param dataCheck for a frame, the data checks of its landed rows: one row of duplicate keys in
 *     one load and NULL keys, for the loads after parameter 1 (every load when NULL) up to parameter 2
 */
public record CompiledModel(
        ModelName name,
        ModelKind kind,
        Materialization materialization,
        List<ModelColumn> columns,
        List<String> grain,
        List<ModelName> upstream,
        Fingerprint fingerprint,
        Fingerprint ownFingerprint,
        Optional<String> origin,
        Statement statement,
        Optional<IncrementalStatements> incremental,
        Optional<GrainAudit> audit,
        Optional<Statement> dataCheck) {

    /** A model without data checks. */
    public CompiledModel(ModelName name, ModelKind kind, Materialization materialization, List<ModelColumn> columns,
            List<String> grain, List<ModelName> upstream, Fingerprint fingerprint, Fingerprint ownFingerprint,
            Optional<String> origin, Statement statement, Optional<IncrementalStatements> incremental,
            Optional<GrainAudit> audit) {
        this(name, kind, materialization, columns, grain, upstream, fingerprint, ownFingerprint, origin, statement,
                incremental, audit, Optional.empty());
    }

    public CompiledModel {
        Objects.requireNonNull(dataCheck, "dataCheck");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(materialization, "materialization");
        columns = List.copyOf(columns);
        grain = List.copyOf(grain);
        upstream = List.copyOf(upstream);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(ownFingerprint, "ownFingerprint");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(incremental, "incremental");
        Objects.requireNonNull(audit, "audit");
    }

    /** Where it is defined, for messages: its YAML origin, or that it is generated for the whole project. */
    public String definedAt() {
        return origin.orElse("generated for the whole project");
    }
}
