package io.hooklake.runtime.spark;

import io.hooklake.generator.dialect.Dialect;

/**
 * Binds the positional parameters ({@code ?}) of a generated statement by writing each value
 * into the text as a Spark SQL literal: a string literal, escaped as the Spark dialect escapes
 * them, or {@code NULL}, which is what Spark's own binding of a Java string or null makes.
 *
 * <p>Why not {@code spark.sql(text, args)}: on Spark 4.1 the parameters reach only Spark's own
 * parser ({@code ParserInterface.parsePlanWithParameters} drops them by default), and a session
 * with Delta's SQL extension parses with Delta's parser, which does not pass them on; every
 * marker then stays unbound (UNBOUND_SQL_PARAMETER, SPARK-53573 and SPARK-59672 upstream).
 * Writing the literals works whatever parser, Spark version or Spark Connect server reads them.
 *
 * <p>A {@code ?} is a marker only outside string literals ({@code '...'}, {@code "..."}, raw
 * {@code r'...'}), quoted identifiers ({@code `...`}) and comments ({@code --}, nested
 * {@code /* *}{@code /}), as Spark's lexer reads them.
 */
final class SparkParameters {

    private static final Dialect SQL = Dialect.spark();

    private SparkParameters() {
    }

    /** {@code statement} with its markers replaced, in order, by {@code values}; as many values as markers. */
    static String bind(String statement, String... values) {
        StringBuilder out = new StringBuilder(statement.length() + 32 * values.length);
        int bound = 0;
        int i = 0;
        int n = statement.length();
        while (i < n) {
            char c = statement.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = string(statement, i, raw(statement, i));
            } else if (c == '`') {
                end = quotedIdentifier(statement, i);
            } else if (c == '-' && i + 1 < n && statement.charAt(i + 1) == '-') {
                int newline = statement.indexOf('\n', i);
                end = newline < 0 ? n : newline + 1;
            } else if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '*') {
                end = comment(statement, i);
            } else if (c == '?') {
                if (bound == values.length) {
                    throw new IllegalArgumentException("the statement has more parameters than the " + values.length
                            + " given");
                }
                String value = values[bound++];
                out.append(value == null ? "NULL" : SQL.literal(value));
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(statement, i, end);
            i = end;
        }
        if (bound != values.length) {
            throw new IllegalArgumentException("the statement has " + bound + " parameters, not " + values.length);
        }
        return out.toString();
    }

    /** Whether the quote at {@code quote} opens a raw string: it follows an {@code r} that starts a token. */
    private static boolean raw(String s, int quote) {
        if (quote == 0 || Character.toLowerCase(s.charAt(quote - 1)) != 'r') {
            return false;
        }
        return quote == 1 || !isIdentifierPart(s.charAt(quote - 2));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The end (exclusive) of the string literal opening at {@code start}; backslashes escape unless raw. */
    private static int string(String s, int start, boolean raw) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && !raw) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** The end (exclusive) of the quoted identifier opening at {@code start}; a doubled backtick stays inside. */
    private static int quotedIdentifier(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == '`') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '`') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The end (exclusive) of the bracketed comment opening at {@code start}; Spark's comments nest. */
    private static int comment(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }
}
