package io.hooklake.generator;

import java.util.Objects;

/**
 * How an incremental model takes in new loads: the entities that new loads affect, the model's
 * rows for just those entities, and its current rows of the others. The runtime gives the model
 * the rows of {@code keptRows} and {@code rowsForEntities} as its new content, in one change; see
 * {@link io.hooklake.generator.contract.IncrementalStatements} and {@code docs/models.md},
 * "Incremental runs".
 *
 * @param entityColumn the model's column (its name as in {@link Model#columns()}, unquoted) that
 *     names an entity; an entity owns all the rows that depend on it, which are recomputed together
 * @param affectedRelation the temporary relation the runtime fills from {@code affectedEntities}
 *     and the other statements read
 * @param affectedEntities a SELECT of one column {@code entity}: the entities whose rows change
 *     because of loads later than the first JDBC parameter and no later than the second (both
 *     TIMESTAMP, load times as frames convert them); it reads the model's upstream and, for a
 *     frame, the frame itself as it stands before the change
 * @param rowsForEntities the model's SELECT restricted to the entities in the affected relation;
 *     no parameter
 * @param keptRows the model's current rows of the entities not in the affected relation; empty
 *     text until the model set builder renders it
 */
public record IncrementalSql(
        String entityColumn, ModelName affectedRelation, String affectedEntities, String rowsForEntities, String keptRows) {

    public IncrementalSql {
        Objects.requireNonNull(entityColumn, "entityColumn");
        Objects.requireNonNull(affectedRelation, "affectedRelation");
        Objects.requireNonNull(affectedEntities, "affectedEntities");
        Objects.requireNonNull(rowsForEntities, "rowsForEntities");
        Objects.requireNonNull(keptRows, "keptRows");
    }

    /** The same with the kept rows' statement. */
    public IncrementalSql withKeptRows(String sql) {
        return new IncrementalSql(entityColumn, affectedRelation, affectedEntities, rowsForEntities, sql);
    }
}
