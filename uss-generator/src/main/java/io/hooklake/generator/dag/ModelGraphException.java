package io.hooklake.generator.dag;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;
import java.util.List;

/**
 * The models do not form a DAG: a model reads a relation that is neither a model nor an external
 * source ({@code LH220}), two models share a name ({@code LH221}), or models read each other in a
 * cycle ({@code LH222}). This is a generator error, not a user's: the builder made those models.
 */
public final class ModelGraphException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** A model's upstream names a relation that no model produces and that is not external. */
    public static final ErrorCode UNKNOWN_UPSTREAM = ErrorCode.UNKNOWN_UPSTREAM;
    /** Two models have the same qualified name. */
    public static final ErrorCode DUPLICATE_MODEL = ErrorCode.DUPLICATE_MODEL;
    /** Models read each other in a cycle. */
    public static final ErrorCode CYCLE = ErrorCode.MODEL_CYCLE;

    private final transient List<ModelName> models;

    ModelGraphException(ErrorCode code, String message, List<ModelName> models) {
        super(code, message);
        this.models = List.copyOf(models);
    }

    /** The models concerned: for a cycle, in cycle order starting and ending with the same model. */
    public List<ModelName> models() {
        return models;
    }
}
