package io.hooklake.model.diagnostic;

import io.hooklake.model.ErrorCode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a user's project, printed one per line like a compiler's:
 * {@code frames.yml:14:15: error LH104: hook '_hook__order' uses unknown keyset 'x' (did you mean 'y'?)}.
 *
 * @param severity error or warning
 * @param code stable code such as {@code LH104}
 * @param message what is wrong, naming the element
 * @param location where it was written
 * @param hint how to fix it, such as a "did you mean" suggestion; may be absent
 */
public record Diagnostic(Severity severity, ErrorCode code, String message, Location location, Optional<String> hint) {

    /** Sorted by location, then code and message: the order in which diagnostics are printed. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hint, "hint");
    }

    public static Diagnostic error(ErrorCode code, Location location, String message) {
        return new Diagnostic(Severity.ERROR, code, message, location, Optional.empty());
    }

    public static Diagnostic warning(ErrorCode code, Location location, String message) {
        return new Diagnostic(Severity.WARNING, code, message, location, Optional.empty());
    }

    /** This diagnostic with a hint added. */
    public Diagnostic withHint(String text) {
        return new Diagnostic(severity, code, message, location, Optional.ofNullable(text));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form: {@code file:line:column: error LH104: message (hint)}. A control
     * character that a name in the message may hold is written as an escape ({@code \n},
     * {@code \u001b}), so the diagnostic stays on one line.
     */
    @Override
    public String toString() {
        return oneLine(location + ": " + severity.label() + " " + code + ": " + message
                + hint.map(h -> " (" + h + ")").orElse(""));
    }

    private static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
