package io.hooklake.generator.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file a generation produces.
 *
 * @param path where it goes, relative to the output directory, with forward slashes
 * @param content its text, with LF line ends; written as UTF-8
 */
public record GeneratedFile(String path, String content) implements Comparable<GeneratedFile> {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")
                || path.contains("/./") || path.startsWith("./") || path.contains("//")) {
            throw new IllegalArgumentException("not a plain relative path: " + path);
        }
    }

    /** The content as UTF-8 bytes. */
    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int compareTo(GeneratedFile other) {
        return path.compareTo(other.path);
    }
}
