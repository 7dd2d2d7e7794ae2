package io.hooklake.generator.output;

import io.hooklake.model.HooklakeException;

/**
 * Writing the output failed: a template a model names is not on the classpath ({@code LH240}),
 * the file system refused ({@code LH241}), or a path would leave the output directory
 * ({@code LH242}).
 */
public final class OutputException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** A template named by a model is not on the classpath. */
    public static final String MISSING_TEMPLATE = "LH240";
    /** Reading or writing a file failed. */
    public static final String IO_FAILURE = "LH241";
    /** A path would leave the output directory. */
    public static final String OUTSIDE_OUTPUT = "LH242";

    OutputException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }

    OutputException(String code, String message) {
        super(code, message);
    }
}
