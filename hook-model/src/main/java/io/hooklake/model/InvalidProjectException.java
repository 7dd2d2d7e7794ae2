package io.hooklake.model;

import io.hooklake.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A project that has errors: it carries every diagnostic found (errors and warnings), sorted by
 * location. The message lists them one per line.
 */
public final class InvalidProjectException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public InvalidProjectException(List<Diagnostic> diagnostics) {
        super(firstErrorCode(diagnostics), message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic, errors and warnings, in print order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    private static ErrorCode firstErrorCode(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::code).findFirst().orElse(ErrorCode.YAML_SYNTAX);
    }

    private static String message(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return "The lakehouse project has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
                + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
