package io.hooklake.generator.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file a generation produces: where it goes, relative to the output directory with forward
 * slashes (a plain relative path, else {@link OutputException} {@code LH208}), and its text with LF line ends, held as the UTF-8 bytes that are written (a large file
 * such as the manifest is built as bytes and never held as a {@code String} too).
 */
public final class GeneratedFile implements Comparable<GeneratedFile> {

    private final String path;
    private final byte[] utf8;

    /**
     * A file of {@code content}, written as UTF-8.
     *
     * @throws OutputException ({@code LH208}) when {@code path} is not a plain relative path
     */
    public GeneratedFile(String path, String content) {
        this(path, Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8), false);
    }

    private GeneratedFile(String path, byte[] utf8, boolean unused) {
        Objects.requireNonNull(path, "path");
        OutputLayout.checkPlain(path);
        this.path = path;
        this.utf8 = utf8;
    }

    /** A file whose content is already UTF-8 bytes; the array is taken as it is, not copied. */
    static GeneratedFile ofUtf8(String path, byte[] utf8) {
        return new GeneratedFile(path, Objects.requireNonNull(utf8, "utf8"), false);
    }

    /** Where it goes, relative to the output directory, with forward slashes. */
    public String path() {
        return path;
    }

    /** Its text. */
    public String content() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The content as UTF-8 bytes (a copy). */
    public byte[] bytes() {
        return utf8.clone();
    }

    /** How many bytes it has. */
    public int size() {
        return utf8.length;
    }

    /** The SHA-256 of its bytes, as 64 lower-case hex digits: what the manifest records for a runtime to check. */
    public String sha256() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The bytes themselves, for the writer, which does not change them. */
    byte[] utf8() {
        return utf8;
    }

    @Override
    public int compareTo(GeneratedFile other) {
        return path.compareTo(other.path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file && path.equals(file.path) && Arrays.equals(utf8, file.utf8);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + ", " + utf8.length + " bytes]";
    }
}
