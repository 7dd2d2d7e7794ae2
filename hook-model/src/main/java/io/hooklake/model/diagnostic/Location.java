package io.hooklake.model.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was written: a file and a 1-based line and column.
 *
 * <p>The file is kept as given to the loader (usually relative to the working directory), so
 * messages read like a compiler's: {@code src/main/lakehouse/frames.yml:14:15}.
 *
 * @param file the YAML file
 * @param line 1-based line, or 0 when only the file is known
 * @param column 1-based column, or 0 when only the file is known
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A location that names a whole file. */
    public static Location ofFile(Path file) {
        return new Location(file, 0, 0);
    }

    /** The file with forward slashes, whatever the platform. */
    public String fileName() {
        return file.toString().replace('\\', '/');
    }

    @Override
    public int compareTo(Location other) {
        int byFile = fileName().compareTo(other.fileName());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:column}, or just the file when no line is known. */
    @Override
    public String toString() {
        return line == 0 ? fileName() : fileName() + ":" + line + ":" + column;
    }
}
