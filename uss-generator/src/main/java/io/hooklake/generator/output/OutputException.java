package io.hooklake.generator.output;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/**
 * Writing the output failed: a template a model names is not on the classpath ({@code LH240}),
 * the file system refused ({@code LH241}), a path would leave the output directory
 * ({@code LH242}), or a generated file's path is not a plain relative one ({@code LH208}).
 */
public final class OutputException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    /** A template named by a model is not on the classpath. */
    public static final ErrorCode MISSING_TEMPLATE = ErrorCode.MISSING_TEMPLATE;
    /** Reading or writing a file failed. */
    public static final ErrorCode IO_FAILURE = ErrorCode.OUTPUT_IO;
    /** A path would leave the output directory. */
    public static final ErrorCode OUTSIDE_OUTPUT = ErrorCode.NOT_AN_OUTPUT_FOLDER;
    /** A generated file's path is not a plain relative path, such as a model name holding {@code /}. */
    public static final ErrorCode UNSAFE_PATH = ErrorCode.UNSAFE_PATH;

    OutputException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    OutputException(ErrorCode code, String message) {
        super(code, message);
    }
}
