package io.hooklake.generator.sql;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/** A template failed to render: a bug in a template or in the view it was given (LH210). */
public final class RenderException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** The code of rendering failures. */
    public static final ErrorCode CODE = ErrorCode.TEMPLATE_FAILED;

    RenderException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
