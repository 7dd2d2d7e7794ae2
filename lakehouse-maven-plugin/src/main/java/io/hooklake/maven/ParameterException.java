package io.hooklake.maven;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/**
 * {@code LH500}: a goal's parameter is missing, contradicts another, or names something that is
 * not there (a source the project lacks, a query folder that does not exist). A user's mistake.
 */
public final class ParameterException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** The code of every parameter problem. */
    public static final ErrorCode CODE = ErrorCode.BAD_PARAMETER;

    public ParameterException(String message) {
        super(CODE, CODE + ": " + message);
    }
}
