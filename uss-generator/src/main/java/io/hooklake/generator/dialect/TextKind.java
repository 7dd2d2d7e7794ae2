package io.hooklake.generator.dialect;

/**
 * How a value becomes the text that a frame's record hash reads, so that both dialects write the
 * same text for the same value.
 */
public enum TextKind {
    /** A timestamp with time zone: the UTC timestamp's text, whatever the session's time zone. */
    TIMESTAMP_TZ,
    /** A DOUBLE or FLOAT: 15 significant digits in scientific notation ({@code 1.50000000000000e+00}). */
    FLOATING,
    /** Bytes: upper-case hexadecimal. */
    BINARY,
    /** Anything else: the engine's cast to text, which both dialects spell alike for these types. */
    OTHER
}
