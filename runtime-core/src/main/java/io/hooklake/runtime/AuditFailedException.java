package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.util.List;

/**
 * {@code LH303}: a model's grain is not unique or holds NULLs. The model's change was rolled back,
 * so it and its state are as they were before this run.
 */
public final class AuditFailedException extends LakehouseException {

    private static final long serialVersionUID = 1L;

    private final ModelName model;
    private final List<String> grain;
    private final long offendingRows;
    private final String exampleKey;

    public AuditFailedException(ModelName model, String file, List<String> grain, long offendingRows, String exampleKey) {
        super(ErrorCode.AUDIT_FAILED, "audit of model " + model + " failed: " + offendingRows + " rows have a duplicate or NULL grain ("
                + String.join(", ", grain) + "), for example " + exampleKey + "\n  generated file: " + file
                + "\n  the model and its state are as they were before this run");
        this.model = model;
        this.grain = List.copyOf(grain);
        this.offendingRows = offendingRows;
        this.exampleKey = exampleKey;
    }

    public ModelName model() {
        return model;
    }

    public List<String> grain() {
        return grain;
    }

    /** How many rows share their grain with another row or have a NULL in it. */
    public long offendingRows() {
        return offendingRows;
    }

    /** One offending grain value, its columns joined with {@code ~}, NULL written {@code NULL}. */
    public String exampleKey() {
        return exampleKey;
    }
}
