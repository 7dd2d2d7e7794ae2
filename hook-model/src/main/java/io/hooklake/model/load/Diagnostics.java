package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the diagnostics of one load; every stage adds to it and none stops at the first. */
final class Diagnostics {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(ErrorCode code, Location location, String message) {
        diagnostics.add(Diagnostic.error(code, location, message));
    }

    void error(ErrorCode code, Location location, String message, Optional<String> hint) {
        diagnostics.add(hint.map(Diagnostic.error(code, location, message)::withHint)
                .orElseGet(() -> Diagnostic.error(code, location, message)));
    }

    void error(ErrorCode code, Location location, String message, String hint) {
        diagnostics.add(Diagnostic.error(code, location, message).withHint(hint));
    }

    void warning(ErrorCode code, Location location, String message, String hint) {
        diagnostics.add(Diagnostic.warning(code, location, message).withHint(hint));
    }

    /** How many errors so far: a reader compares counts to learn whether a part was read cleanly. */
    long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, in print order, without repeats. */
    List<Diagnostic> sorted() {
        return diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
