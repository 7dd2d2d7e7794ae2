package io.hooklake.model.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises DuckDB column types: a known type name (aliases included), optionally with
 * parameters ({@code DECIMAL(19,4)}, {@code VARCHAR(50)}) and array suffixes ({@code INTEGER[]});
 * nested types ({@code STRUCT(...)}, {@code MAP(...)}, {@code UNION(...)}, {@code ENUM(...)}) are
 * accepted when their parentheses balance, their insides unchecked.
 */
final class DuckDbTypes {

    /** DuckDB's type names and aliases, upper case. */
    static final List<String> NAMES = List.of("BIGINT", "INT8", "LONG", "BIT", "BITSTRING", "BLOB", "BYTEA", "BINARY",
            "VARBINARY", "BOOLEAN", "BOOL", "LOGICAL", "DATE", "DECIMAL", "NUMERIC", "DOUBLE", "FLOAT8", "FLOAT", "FLOAT4",
            "REAL", "HUGEINT", "INT128", "UHUGEINT", "INTEGER", "INT4", "INT", "SIGNED", "INTERVAL", "SMALLINT", "INT2",
            "SHORT", "TIME", "TIMETZ", "TIMESTAMP", "DATETIME", "TIMESTAMPTZ", "TIMESTAMP_S", "TIMESTAMP_MS",
            "TIMESTAMP_NS", "TIMESTAMP_US", "TINYINT", "INT1", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT", "UUID",
            "VARCHAR", "CHAR", "BPCHAR", "TEXT", "STRING", "JSON", "VARINT", "BIGNUM", "NVARCHAR");

    private static final Set<String> MULTI_WORD = Set.of("TIMESTAMP WITH TIME ZONE", "TIME WITH TIME ZONE",
            "DOUBLE PRECISION", "CHARACTER VARYING", "CHARACTER");

    private static final Set<String> NESTED = Set.of("STRUCT", "MAP", "UNION", "ENUM", "LIST");

    private static final Pattern SIMPLE = Pattern.compile(
            "([A-Z_][A-Z0-9_]*(?: [A-Z_][A-Z0-9_]*)*)\\s*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?\\s*((\\[\\d*\\])*)");
    private static final Pattern NESTED_TYPE = Pattern.compile("([A-Z]+)\\s*\\((.*)\\)\\s*((\\[\\d*\\])*)", Pattern.DOTALL);

    private DuckDbTypes() {
    }

    static boolean isValid(String type) {
        String sql = type.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher simple = SIMPLE.matcher(sql);
        if (simple.matches()) {
            String base = simple.group(1);
            return NAMES.contains(base) || MULTI_WORD.contains(base);
        }
        Matcher nested = NESTED_TYPE.matcher(sql);
        return nested.matches() && NESTED.contains(nested.group(1)) && balanced(nested.group(2));
    }

    /** The type name of a written type, for a "did you mean" hint. */
    static String baseName(String type) {
        String sql = type.strip().toUpperCase(Locale.ROOT);
        int paren = sql.indexOf('(');
        return (paren < 0 ? sql : sql.substring(0, paren)).strip();
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
