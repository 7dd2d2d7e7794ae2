package io.hooklake.runtime;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import java.util.Objects;

/**
 * One line of a {@link Plan}.
 *
 * @param name the model
 * @param kind its kind (for a removed model, the kind it was built as)
 * @param materialization how it is (or was) kept
 * @param category how it compares with the state
 * @param action what a run does to it
 * @param reason why, in a few words
 */
public record PlannedModel(
        ModelName name,
        ModelKind kind,
        Materialization materialization,
        Category category,
        Action action,
        String reason) {

    public PlannedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(materialization, "materialization");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
