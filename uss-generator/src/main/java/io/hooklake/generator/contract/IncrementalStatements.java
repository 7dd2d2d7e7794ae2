package io.hooklake.generator.contract;

import io.hooklake.generator.ModelName;
import java.util.Objects;

/**
 * How an incremental model takes in new loads, as three statements around one temporary relation
 * of entities.
 *
 * <p>Per model, parents first, in one atomic change: fill {@code affectedRelation} (one column,
 * {@code entity}) from {@link #affected()} with the two parameters bound; if it holds any entity,
 * the model's new content is the rows of {@link #kept()} and those of {@link #rows()} (an engine
 * may equally delete the affected entities' rows and insert those of {@code rows}); then audit the
 * affected entities ({@link GrainAudit#ofAffected()}) and drop the relation.
 *
 * @param entityColumn the model's column that names an entity; an entity owns every row that
 *     depends on it, and they are recomputed together
 * @param affectedRelation the temporary relation the statements name, such as
 *     {@code temp.affected__dab__frame__x}: created by the runtime from {@link #affected()}
 * @param affected a SELECT of one column {@code entity}: the entities whose rows change because of
 *     loads later than the first parameter and no later than the second (both TIMESTAMP, load
 *     times as frames convert them)
 * @param rows the model's SELECT restricted to the entities in {@code affectedRelation}
 * @param kept the model's current rows of every entity not in {@code affectedRelation}
 */
public record IncrementalStatements(
        String entityColumn, ModelName affectedRelation, Statement affected, Statement rows, Statement kept) {

    public IncrementalStatements {
        Objects.requireNonNull(entityColumn, "entityColumn");
        Objects.requireNonNull(affectedRelation, "affectedRelation");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(kept, "kept");
    }
}
