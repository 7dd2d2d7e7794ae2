package io.hooklake.runtime;

import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;

/**
 * One model a run did something to.
 *
 * @param index its position among the models the run works on, from 1
 * @param total how many models the run works on
 * @param name the model
 * @param kind its kind
 * @param action what was done
 * @param rows its rows afterwards; -1 for views and dropped models
 * @param seconds how long it took, its transaction included
 * @param changed the rows it wrote: all of them on a full rebuild, those of the affected entities
 *     on an incremental run (0 when no entity was affected); -1 for views and dropped models
 */
public record ModelRun(int index, int total, ModelName name, ModelKind kind, Action action, long rows, double seconds,
        long changed) {

    /** A run of a model that wrote all its rows (or, for views and drops, none). */
    public ModelRun(int index, int total, ModelName name, ModelKind kind, Action action, long rows, double seconds) {
        this(index, total, name, kind, action, rows, seconds, rows);
    }
}
