package io.hooklake.generator.dag;

import io.hooklake.generator.ModelName;
import java.util.Collection;
import java.util.Set;

/**
 * Decides which relations a model may read without another model producing them: the external
 * sources of the lakehouse, such as the landing relations that raw models read
 * ({@code das.landed__<source>__<table>}).
 *
 * <p>The rule of the DAG is: an upstream entry that names a model is an edge; one that names no
 * model but is external by this policy is an external source; anything else is an error
 * ({@code LH220}). So a typo in a template cannot silently turn into an external source.
 */
@FunctionalInterface
public interface ExternalSourcePolicy {

    /** Whether {@code relation}, which no model produces, is an external source. */
    boolean isExternal(ModelName relation);

    /** No external sources: every upstream entry must be a model. */
    static ExternalSourcePolicy none() {
        return relation -> false;
    }

    /** Relations whose name starts with {@code prefix}, in any schema, such as {@code landed__}. */
    static ExternalSourcePolicy namePrefix(String prefix) {
        return relation -> relation.name().startsWith(prefix);
    }

    /** Exactly the given relations. */
    static ExternalSourcePolicy of(Collection<ModelName> relations) {
        Set<ModelName> set = Set.copyOf(relations);
        return set::contains;
    }
}
