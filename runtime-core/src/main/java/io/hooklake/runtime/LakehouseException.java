package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/**
 * A runtime failure, with one of the {@code LH3xx} codes of {@link ErrorCode} (a locked lakehouse,
 * a failed model or audit, bad ingest input, a failed query, a foreign table, the file system or
 * the database failing). The message starts with the code.
 */
public class LakehouseException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    public LakehouseException(ErrorCode code, String message, Throwable cause) {
        super(code, code + ": " + message, cause);
    }

    public LakehouseException(ErrorCode code, String message) {
        this(code, message, null);
    }
}
