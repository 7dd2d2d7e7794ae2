package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one load; every stage adds to it and none stops at the first. It
 * also holds what "did you mean" hints may still cost in this load ({@link Suggestions}).
 */
final class Diagnostics {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Suggestions.Budget hints = new Suggestions.Budget(Suggestions.LOAD_BUDGET);
    private long errors;

    void error(ErrorCode code, Location location, String message) {
        add(Diagnostic.error(code, location, message));
    }

    void error(ErrorCode code, Location location, String message, Optional<String> hint) {
        add(hint.map(Diagnostic.error(code, location, message)::withHint)
                .orElseGet(() -> Diagnostic.error(code, location, message)));
    }

    void error(ErrorCode code, Location location, String message, String hint) {
        add(Diagnostic.error(code, location, message).withHint(hint));
    }

    /** The hint {@code did you mean 'x'?} for the candidate nearest to {@code wrong}, within this load's budget. */
    Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        return Suggestions.didYouMean(wrong, candidates, hints);
    }

    private void add(Diagnostic error) {
        diagnostics.add(error);
        errors++;
    }

    void warning(ErrorCode code, Location location, String message, String hint) {
        diagnostics.add(Diagnostic.warning(code, location, message).withHint(hint));
    }

    /** How many errors so far: a reader compares counts to learn whether a part was read cleanly. */
    long errorCount() {
        return errors;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Every diagnostic, in print order, without repeats. */
    List<Diagnostic> sorted() {
        return diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
