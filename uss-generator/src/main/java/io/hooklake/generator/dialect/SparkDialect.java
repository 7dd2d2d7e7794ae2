package io.hooklake.generator.dialect;

import io.hooklake.model.HookStorage;
import io.hooklake.model.SqlType;
import java.util.Map;
import java.util.Set;

/**
 * Spark SQL (Spark 4.1, ANSI mode as by default): identifiers in backticks, single-quoted
 * literals with backslashes escaped, types as Spark's {@code DataType.sql()} spells them but for
 * timestamps, which are always spelled {@code TIMESTAMP_NTZ} (Hooklake's TIMESTAMP has no zone)
 * or {@code TIMESTAMP_LTZ}, so the SQL means the same whatever {@code spark.sql.timestampType} is.
 *
 * <p>A declared type is read as DuckDB spells it (the project's types are DuckDB's) and mapped:
 * {@code VARCHAR} is {@code STRING}, {@code BLOB} {@code BINARY}, {@code TIME} (which Spark's
 * table formats do not store) {@code STRING}, unsigned and huge integers the next signed type or
 * decimal that holds them.
 */
final class SparkDialect implements Dialect {

    static final SparkDialect INSTANCE = new SparkDialect();

    /**
     * Spark's reserved keywords in ANSI mode (the default since Spark 4.0), with DuckDB's: an
     * identifier that is either is quoted, so a name means the same in both dialects' SQL.
     */
    private static final Set<String> RESERVED = Set.of(("all analyse analyze and any array as asc asymmetric"
            + " authorization both case cast check collate column constraint create cross current_date current_time"
            + " current_timestamp current_user default deferrable desc describe distinct do else end escape except"
            + " false fetch filter for foreign from full grant group having in initially inner intersect into is join"
            + " lambda lateral leading left limit natural not null offset on only or order outer overlaps pivot"
            + " pivot_longer pivot_wider placing primary qualify references returning right select session_user show"
            + " some summarize symmetric table then time to trailing true union unique unknown unpivot user using"
            + " variadic when where window with").split(" "));

    /** DuckDB's spelling of a type (as {@link DuckDbDialect} reports it) to Spark's. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("VARCHAR", "STRING"), Map.entry("INTEGER", "INT"), Map.entry("BLOB", "BINARY"),
            Map.entry("TIMESTAMP", "TIMESTAMP_NTZ"), Map.entry("TIMESTAMP_S", "TIMESTAMP_NTZ"),
            Map.entry("TIMESTAMP_MS", "TIMESTAMP_NTZ"), Map.entry("TIMESTAMP_NS", "TIMESTAMP_NTZ"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "TIMESTAMP_LTZ"), Map.entry("TIME", "STRING"),
            Map.entry("UTINYINT", "SMALLINT"), Map.entry("USMALLINT", "INT"), Map.entry("UINTEGER", "BIGINT"),
            Map.entry("UBIGINT", "DECIMAL(20,0)"), Map.entry("HUGEINT", "DECIMAL(38,0)"),
            Map.entry("UHUGEINT", "DECIMAL(38,0)"), Map.entry("UUID", "STRING"), Map.entry("JSON", "STRING"));

    private SparkDialect() {
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String templateDirectory() {
        return "spark";
    }

    @Override
    public String identifier(String name) {
        return Dialect.plain(name) && !RESERVED.contains(name) ? name : quoted(name);
    }

    @Override
    public String quoted(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** Spark reads a backslash in a string literal as an escape, so it is doubled too. */
    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public String columnType(SqlType type) {
        String duckdb = DuckDbDialect.INSTANCE.columnType(type);
        return TYPES.getOrDefault(duckdb, duckdb);
    }

    @Override
    public LoadKind loadKind(SqlType type) {
        return DuckDbDialect.INSTANCE.loadKind(type);
    }

    @Override
    public DateKind dateKind(SqlType type) {
        return DuckDbDialect.INSTANCE.dateKind(type);
    }

    @Override
    public String hookType(HookStorage storage) {
        return storage == HookStorage.HASH64 ? "BIGINT" : "STRING";
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP_NTZ";
    }

    @Override
    public String toString() {
        return name();
    }
}
