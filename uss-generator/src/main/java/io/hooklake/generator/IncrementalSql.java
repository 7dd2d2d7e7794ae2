package io.hooklake.generator;

import java.util.Objects;

/**
 * How an incremental model takes in new loads: the entities that new loads affect, and the
 * model's rows for just those entities. The runtime deletes the model's rows of the affected
 * entities and inserts the recomputed ones, in one transaction.
 *
 * <p>The runtime, per model, parents first: {@code CREATE TEMP TABLE <affected> AS
 * <affectedEntities>} with the two parameters bound; {@code DELETE FROM <model> WHERE
 * <entityColumn> IN (SELECT entity FROM <affected>)}; {@code INSERT INTO <model>
 * <rowsForEntities>}; where {@code <affected>} is
 * {@link io.hooklake.generator.naming.NamingStrategy#affected(ModelName)}. See
 * {@code docs/models.md}, "Incremental runs".
 *
 * @param entityColumn the model's column (its name as in {@link Model#columns()}, unquoted) that
 *     names an entity; an entity owns all the rows that depend on it, which are recomputed together
 * @param affectedEntities a SELECT of one column {@code entity}: the entities whose rows change
 *     because of loads later than the first JDBC parameter and no later than the second (both
 *     TIMESTAMP, load times as frames convert them); it reads the model's upstream and, for a
 *     frame, the frame itself as it stands before the change
 * @param rowsForEntities the model's SELECT restricted to the entities in the affected relation;
 *     no parameter
 */
public record IncrementalSql(String entityColumn, String affectedEntities, String rowsForEntities) {

    public IncrementalSql {
        Objects.requireNonNull(entityColumn, "entityColumn");
        Objects.requireNonNull(affectedEntities, "affectedEntities");
        Objects.requireNonNull(rowsForEntities, "rowsForEntities");
    }
}
