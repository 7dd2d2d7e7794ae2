package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;

/**
 * {@code LH302}: a statement of a model failed; the model and its state were left as they were.
 * The message names the model, its generated file and the YAML element it comes from.
 */
public final class ModelFailedException extends LakehouseException {

    private static final long serialVersionUID = 1L;

    private final ModelName model;
    private final String file;
    private final String origin;

    public ModelFailedException(ModelName model, String file, String origin, String statement, Throwable cause) {
        super(ErrorCode.MODEL_FAILED, "model " + model + " failed (" + statement + "): " + firstLine(cause.getMessage())
                + "\n  generated file: " + file + "\n  defined at: " + origin
                + "\n  the model and its state are as they were before this run" + advice(cause.getMessage()), cause);
        this.model = model;
        this.file = file;
        this.origin = origin;
    }

    /** For a full disk: what to do, and that nothing is lost. */
    private static String advice(String message) {
        return message != null && message.contains("No space left on device")
                ? "\n  the disk is full: free space and run again; what was committed stays, and the next run finishes the job"
                : "";
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.strip();
    }

    public ModelName model() {
        return model;
    }

    /** The model's generated file, relative to the generation's output directory. */
    public String file() {
        return file;
    }

    /** Where the model is defined in the YAML, or {@code generated} when it has no single origin. */
    public String origin() {
        return origin;
    }
}
