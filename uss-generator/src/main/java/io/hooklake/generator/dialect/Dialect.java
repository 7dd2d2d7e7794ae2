package io.hooklake.generator.dialect;

import io.hooklake.generator.ModelName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.SqlType;

/**
 * What differs between SQL engines: the template folder, identifier quoting, literals and the
 * spelling of types as the engine reports them. Everything else (the SQL itself) lives in the
 * dialect's templates.
 */
public sealed interface Dialect permits DuckDbDialect {

    /** DuckDB, the engine Hooklake runs on. */
    static Dialect duckdb() {
        return DuckDbDialect.INSTANCE;
    }

    /** A short name, such as {@code duckdb}; part of every model's fingerprint. */
    String name();

    /** The folder of this dialect's templates, relative to the templates root. */
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

    /** The type of a hook column stored this way. */
    String hookType(HookStorage storage);

    String textType();

    String timestampType();

    String dateType();

    String booleanType();

    /** The type of counters such as a record's version and calendar numbers. */
    String bigintType();

    /** The type of a metric's value. */
    String doubleType();
}
