package io.hooklake.model;

import java.util.Objects;

/**
 * The root of Hooklake's exceptions. Each carries a stable code ({@code LH} and three digits,
 * numbered by stage: 1xx model, 2xx generator, 3xx runtime, 4xx table formats, 5xx plugin) that
 * callers and users can search for.
 */
public abstract class HooklakeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected HooklakeException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    protected HooklakeException(String code, String message) {
        this(code, message, null);
    }

    /** The stable error code, such as {@code LH104}. */
    public String code() {
        return code;
    }
}
