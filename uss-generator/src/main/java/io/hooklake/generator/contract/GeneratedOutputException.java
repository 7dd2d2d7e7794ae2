package io.hooklake.generator.contract;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.HooklakeException;

/**
 * A generation's output folder cannot be read back: no manifest, one of another version
 * ({@link ErrorCode#NO_GENERATED_OUTPUT}), or a file it lists that is missing or changed since
 * ({@link ErrorCode#GENERATED_FILE_CHANGED}). The message starts with the file it concerns.
 */
public final class GeneratedOutputException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    GeneratedOutputException(ErrorCode code, String message) {
        super(code, message);
    }

    GeneratedOutputException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
