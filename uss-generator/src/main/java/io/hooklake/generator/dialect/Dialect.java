package io.hooklake.generator.dialect;

import io.hooklake.generator.ModelName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * What differs between SQL engines: the folder of the dialect's macro library, identifier
 * quoting, literals and the spelling of types as the engine reports them. The SQL itself lives
 * once, in the shared templates ({@code templates/sql/}); what an engine spells its own way
 * (functions, types, literals) is a macro in its library ({@code templates/<dialect>/lib/dialect.ftl}).
 */
public sealed interface Dialect permits DuckDbDialect, SparkDialect {

    /** DuckDB, the default engine. */
    static Dialect duckdb() {
        return DuckDbDialect.INSTANCE;
    }

    /** Spark SQL (Spark 4.1): timestamps are {@code TIMESTAMP_NTZ}, identifiers quoted with backticks. */
    static Dialect spark() {
        return SparkDialect.INSTANCE;
    }

    /** Every dialect, by name. */
    static List<Dialect> all() {
        return List.of(duckdb(), spark());
    }

    /** The dialect called {@code name} ({@code duckdb} or {@code spark}), if there is one. */
    static Optional<Dialect> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** A short name, such as {@code duckdb}; part of every model's fingerprint. */
    String name();

    /**
     * The folder of this dialect's templates, relative to the templates root: its macro library,
     * which the shared templates import as {@code lib/dialect.ftl}.
     */
    String templateDirectory();

    /** The identifier as SQL: bare when it is a plain lower-case identifier and not reserved, else quoted. */
    String identifier(String name);

    /** The identifier always quoted: for source column names, whose spelling the user chose. */
    String quoted(String name);

    /** A string literal. */
    String literal(String text);

    /** A schema-qualified relation name as SQL. */
    default String relation(ModelName name) {
        return identifier(name.schema()) + "." + identifier(name.name());
    }

    /** A declared type in the spelling the engine reports for a produced column. */
    String columnType(SqlType type);

    /** How a load column of this type becomes a timestamp: one of {@link LoadKind}'s names. */
    LoadKind loadKind(SqlType type);

    /** How a date or timestamp column of this type becomes a date. */
    DateKind dateKind(SqlType type);

    /** How a value of this type becomes the text that a frame's record hash reads. */
    default TextKind textKind(SqlType type) {
        String reported = DuckDbDialect.INSTANCE.columnType(type);
        if (reported.equals("TIMESTAMP WITH TIME ZONE")) {
            return TextKind.TIMESTAMP_TZ;
        }
        return switch (reported) {
            case "DOUBLE", "FLOAT" -> TextKind.FLOATING;
            case "BLOB" -> TextKind.BINARY;
            default -> TextKind.OTHER;
        };
    }

    /** The type of a hook column stored this way. */
    String hookType(HookStorage storage);

    String textType();

    String timestampType();

    default String dateType() {
        return "DATE";
    }

    default String booleanType() {
        return "BOOLEAN";
    }

    /** The type of counters such as a record's version and calendar numbers. */
    default String bigintType() {
        return "BIGINT";
    }

    /** The type of a metric's value. */
    default String doubleType() {
        return "DOUBLE";
    }

    /**
     * Whether {@code name} is {@code [a-z_][a-z0-9_]*}, which both dialects write bare unless it is
     * reserved; a loop, as every column of every model asks.
     */
    static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
