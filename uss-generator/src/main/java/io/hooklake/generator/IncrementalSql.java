package io.hooklake.generator;

import java.util.Objects;

/**
 * How an incremental model takes in new loads: the entities that new loads affect, and the
 * model's rows for just those entities. The runtime deletes the model's rows of the affected
 * entities and inserts the recomputed ones, in one transaction.
 *
 * @param entityColumn the model's column that names an entity (all rows of one entity are
 *     recomputed together)
 * @param affectedEntities a SELECT of one column {@code entity}: the entities whose rows change
 *     because of loads later than the first JDBC parameter and no later than the second
 * @param rowsForEntities the model's SELECT restricted to the entities in the affected relation
 *     named by the naming strategy
 */
public record IncrementalSql(String entityColumn, String affectedEntities, String rowsForEntities) {

    public IncrementalSql {
        Objects.requireNonNull(entityColumn, "entityColumn");
        Objects.requireNonNull(affectedEntities, "affectedEntities");
        Objects.requireNonNull(rowsForEntities, "rowsForEntities");
    }
}
