package io.hooklake.model;

/** How hook values are stored: readable text (the default) or a hash of that text, for large data. */
public enum HookStorage {
    /** {@code <keyset>|<business key>}, readable. */
    TEXT,
    /** md5 of the text, as 32 hex characters. */
    MD5,
    /** sha256 of the text, as 64 hex characters. */
    SHA256,
    /** a 64-bit hash of the text, as a signed BIGINT. */
    HASH64
}
