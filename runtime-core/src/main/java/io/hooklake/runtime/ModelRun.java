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
 */
public record ModelRun(int index, int total, ModelName name, ModelKind kind, Action action, long rows, double seconds) {
}
