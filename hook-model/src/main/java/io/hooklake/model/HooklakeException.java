package io.hooklake.model;

import java.util.Objects;

/**
 * The root of Hooklake's exceptions. Each carries a stable {@link ErrorCode} that callers and users
 * can search for, and which says whose the problem is to fix.
 */
public abstract class HooklakeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    protected HooklakeException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    protected HooklakeException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** The stable error code, such as {@link ErrorCode#UNKNOWN_KEYSET} ({@code LH104}). */
    public ErrorCode code() {
        return code;
    }
}
