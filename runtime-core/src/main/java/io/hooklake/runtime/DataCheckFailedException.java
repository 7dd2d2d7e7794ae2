package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;

/**
 * {@code LH323}: a frame's landed rows hold keys with different rows in one load, or NULL keys, and
 * the project says {@code data_checks: fail}. The frame's change was rolled back, so it and its
 * state are as they were before this run.
 */
public final class DataCheckFailedException extends LakehouseException {

    private static final long serialVersionUID = 1L;

    private final transient DataCheckFinding finding;

    public DataCheckFailedException(DataCheckFinding finding) {
        super(ErrorCode.DATA_CHECK_FAILED, finding.message() + "\n  generated file: " + finding.file()
                + "\n  the project says data_checks: fail, so the frame and its state are as they were before this run;"
                + " correct the data (or set data_checks: warn) and run again");
        this.finding = finding;
    }

    /** What was found. */
    public DataCheckFinding finding() {
        return finding;
    }
}
