package io.hooklake.generator.dialect;

import io.hooklake.model.HookStorage;
import io.hooklake.model.SqlType;
import java.util.Map;
import java.util.Set;

/** DuckDB: double-quoted identifiers, single-quoted literals, types as {@code DESCRIBE} reports them. */
final class DuckDbDialect implements Dialect {

    static final DuckDbDialect INSTANCE = new DuckDbDialect();


    /** DuckDB 2.0's reserved keywords ({@code duckdb_keywords()} where the category is reserved). */
    private static final Set<String> RESERVED = Set.of(("all analyse analyze and any array as asc asymmetric both case cast"
            + " check collate column constraint create default deferrable desc describe distinct do else end except"
            + " false fetch for foreign from group having in initially intersect into lambda lateral leading limit not"
            + " null offset on only or order pivot pivot_longer pivot_wider placing primary qualify references"
            + " returning select show some summarize symmetric table then to trailing true union unique unpivot using"
            + " variadic when where window with").split(" "));

    /** Type names that DuckDB reports under another name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("TEXT", "VARCHAR"), Map.entry("STRING", "VARCHAR"), Map.entry("CHAR", "VARCHAR"),
            Map.entry("BPCHAR", "VARCHAR"), Map.entry("NVARCHAR", "VARCHAR"), Map.entry("INT", "INTEGER"),
            Map.entry("INT4", "INTEGER"), Map.entry("SIGNED", "INTEGER"), Map.entry("INT8", "BIGINT"),
            Map.entry("LONG", "BIGINT"), Map.entry("INT2", "SMALLINT"), Map.entry("SHORT", "SMALLINT"),
            Map.entry("INT1", "TINYINT"), Map.entry("BOOL", "BOOLEAN"), Map.entry("LOGICAL", "BOOLEAN"),
            Map.entry("FLOAT4", "FLOAT"), Map.entry("REAL", "FLOAT"), Map.entry("FLOAT8", "DOUBLE"),
            Map.entry("NUMERIC", "DECIMAL"), Map.entry("DATETIME", "TIMESTAMP"),
            Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"), Map.entry("BYTEA", "BLOB"),
            Map.entry("BINARY", "BLOB"), Map.entry("VARBINARY", "BLOB"), Map.entry("TIMESTAMP_US", "TIMESTAMP"));

    private DuckDbDialect() {
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String templateDirectory() {
        return "duckdb";
    }

    @Override
    public String identifier(String name) {
        return Dialect.plain(name) && !RESERVED.contains(name) ? name : quoted(name);
    }

    @Override
    public String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public String columnType(SqlType type) {
        String base = type.baseName();
        String rest = type.sql().substring(base.length()).strip();
        if (base.equals("DECIMAL") || base.equals("NUMERIC")) {
            return rest.isEmpty() ? "DECIMAL(18,3)" : "DECIMAL" + rest.replace(" ", "");
        }
        if (base.equals("VARCHAR") || base.equals("CHAR") || base.equals("BPCHAR") || base.equals("NVARCHAR")) {
            return "VARCHAR";
        }
        String mapped = ALIASES.getOrDefault(base, base);
        return rest.isEmpty() ? mapped : mapped + rest;
    }

    @Override
    public LoadKind loadKind(SqlType type) {
        String reported = columnType(type);
        if (reported.equals("TIMESTAMP WITH TIME ZONE")) {
            return LoadKind.TIMESTAMP_TZ;
        }
        if (type.isTimestamp()) {
            return LoadKind.TIMESTAMP;
        }
        if (type.isDate()) {
            return LoadKind.DATE;
        }
        if (type.isText()) {
            return LoadKind.EPOCH_TEXT;
        }
        return LoadKind.EPOCH_NUMBER;
    }

    @Override
    public DateKind dateKind(SqlType type) {
        if (type.isDate()) {
            return DateKind.DATE;
        }
        if (columnType(type).equals("TIMESTAMP WITH TIME ZONE")) {
            return DateKind.TIMESTAMP_TZ;
        }
        return type.isTimestamp() ? DateKind.TIMESTAMP : DateKind.OTHER;
    }

    @Override
    public String hookType(HookStorage storage) {
        return storage == HookStorage.HASH64 ? "BIGINT" : "VARCHAR";
    }

    @Override
    public String textType() {
        return "VARCHAR";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP";
    }

    @Override
    public String toString() {
        return name();
    }
}
