package io.hooklake.generator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model's fingerprint: the SHA-256 of everything that decides its output, as 64 lower-case hex
 * digits.
 *
 * @param hex the digest
 */
public record Fingerprint(String hex) implements Comparable<Fingerprint> {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + hex);
        }
    }

    @Override
    public int compareTo(Fingerprint other) {
        return hex.compareTo(other.hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
