package io.hooklake.generator;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * One generated model: its SQL and everything the DAG, the docs and the runtime need to know
 * about it.
 *
 * @param name schema-qualified name
 * @param kind the model kind
 * @param materialization view, table or incremental table
 * @param upstream the models its SQL reads, sorted; equal to the tables the SQL names
 * @param columns the columns it produces, in order
 * @param grain the columns that identify one row (empty for views without a grain)
 * @param sql one SELECT statement in the dialect's SQL, ending with a newline
 * @param templates the template and macro files used to render it, sorted (for the fingerprint)
 * @param origin the YAML element it comes from, when there is one
 * @param incremental for an incremental model, how it takes in new loads
 * @param audit for a table model with a grain, its grain audit
 * @param dataCheck for a frame, the data checks of its landed rows (duplicate keys in one load, NULL
 *     keys) for the loads in a window: two parameters, after (NULL: every load) and until
 */
public record Model(
        ModelName name,
        ModelKind kind,
        Materialization materialization,
        List<ModelName> upstream,
        List<ModelColumn> columns,
        List<String> grain,
        String sql,
        List<String> templates,
        Optional<Location> origin,
        Optional<IncrementalSql> incremental,
        Optional<AuditSql> audit,
        Optional<String> dataCheck) {

    /** A model without data checks. */
    public Model(
            ModelName name,
            ModelKind kind,
            Materialization materialization,
            List<ModelName> upstream,
            List<ModelColumn> columns,
            List<String> grain,
            String sql,
            List<String> templates,
            Optional<Location> origin,
            Optional<IncrementalSql> incremental,
            Optional<AuditSql> audit) {
        this(name, kind, materialization, upstream, columns, grain, sql, templates, origin, incremental, audit,
                Optional.empty());
    }

    /** A model that is rebuilt whole, or a view. */
    public Model(
            ModelName name,
            ModelKind kind,
            Materialization materialization,
            List<ModelName> upstream,
            List<ModelColumn> columns,
            List<String> grain,
            String sql,
            List<String> templates,
            Optional<Location> origin) {
        this(name, kind, materialization, upstream, columns, grain, sql, templates, origin, Optional.empty());
    }

    /** A model without audit, as a renderer makes it; the model set builder adds the audit. */
    public Model(
            ModelName name,
            ModelKind kind,
            Materialization materialization,
            List<ModelName> upstream,
            List<ModelColumn> columns,
            List<String> grain,
            String sql,
            List<String> templates,
            Optional<Location> origin,
            Optional<IncrementalSql> incremental) {
        this(name, kind, materialization, upstream, columns, grain, sql, templates, origin, incremental,
                Optional.empty());
    }

    public Model {
        upstream = List.copyOf(upstream);
        columns = List.copyOf(columns);
        grain = List.copyOf(grain);
        templates = List.copyOf(templates);
    }

    /** The same model with its audit and incremental statements completed, and the templates they used added. */
    public Model completed(Optional<IncrementalSql> incremental, Optional<AuditSql> audit, List<String> moreTemplates) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(templates);
        all.addAll(moreTemplates);
        return new Model(name, kind, materialization, upstream, columns, grain, sql, List.copyOf(all), origin,
                incremental, audit, dataCheck);
    }

    /**
     * The same model with its data checks. Their template is not among {@link #templates()}: they
     * decide nothing of the model's rows, so a change to them rebuilds nothing.
     */
    public Model withDataCheck(String sql) {
        return new Model(name, kind, materialization, upstream, columns, grain, this.sql, templates, origin,
                incremental, audit, Optional.of(sql));
    }
}
