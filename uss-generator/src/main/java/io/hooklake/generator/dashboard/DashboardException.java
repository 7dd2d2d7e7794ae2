package io.hooklake.generator.dashboard;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/** The dashboard could not be written: {@code LH241} (the file system failed). */
public final class DashboardException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** The file system failed while writing the dashboard. */
    public static final ErrorCode IO_FAILURE = ErrorCode.OUTPUT_IO;

    DashboardException(String message, Throwable cause) {
        super(IO_FAILURE, message, cause);
    }
}
