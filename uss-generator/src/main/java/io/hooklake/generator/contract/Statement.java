package io.hooklake.generator.contract;

import java.util.Objects;

/**
 * One generated statement as a runtime executes it.
 *
 * @param file the file it was read from, relative to the output folder, with forward slashes
 * @param firstLine the line of that file on which the statement starts (1-based), so that line
 *     {@code n} of the statement is line {@code firstLine + n - 1} of the file
 * @param sql the statement: one SELECT in the project's dialect, ending with a newline; it may
 *     hold positional parameters ({@code ?}) where its role says so
 */
public record Statement(String file, int firstLine, String sql) {

    public Statement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sql, "sql");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1: " + firstLine);
        }
    }

    /** Where line {@code line} of the statement is: {@code file:line}. */
    public String locate(int line) {
        return file + ":" + (firstLine + Math.max(line, 1) - 1);
    }
}
