package io.hooklake.model.diagnostic;

import java.util.Locale;

/** How bad a {@link Diagnostic} is: errors stop everything, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** {@code error} or {@code warning}, as printed in a diagnostic line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
