package io.hooklake.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A column type in DuckDB's spelling, normalised to upper case ({@code INTEGER},
 * {@code DECIMAL(19,4)}, {@code TIMESTAMP}, {@code VARCHAR}, ...).
 *
 * @param sql the type as SQL text
 */
public record SqlType(String sql) {

    public SqlType {
        Objects.requireNonNull(sql, "sql");
        sql = sql.strip().toUpperCase(Locale.ROOT);
        if (sql.isEmpty()) {
            throw new IllegalArgumentException("SqlType must not be blank");
        }
    }

    public static SqlType of(String sql) {
        return new SqlType(sql);
    }

    /** The type name without parameters: {@code DECIMAL} for {@code DECIMAL(19,4)}. */
    public String baseName() {
        int paren = sql.indexOf('(');
        return (paren < 0 ? sql : sql.substring(0, paren)).strip();
    }

    /** {@code DATE}. */
    public boolean isDate() {
        return baseName().equals("DATE");
    }

    /** {@code TIMESTAMP} in any precision or with a time zone. */
    public boolean isTimestamp() {
        return baseName().startsWith("TIMESTAMP") || baseName().equals("DATETIME");
    }

    /** Text types: {@code VARCHAR}, {@code TEXT}, {@code STRING}, {@code CHAR}, {@code BPCHAR}. */
    public boolean isText() {
        return switch (baseName()) {
            case "VARCHAR", "TEXT", "STRING", "CHAR", "BPCHAR" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return sql;
    }
}
