package io.hooklake.generator.check;

import io.hooklake.model.Column;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Event;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.SourceName;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LambdaExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.select.Select;

/**
 * LH207: the expressions a user writes in the YAML (a hook's or an event's {@code expression})
 * are spliced into the generated SQL, so each is checked on its own before any model is built:
 * it must be a column expression of its frame's table. Each is parsed with JSqlParser and its
 * tree walked against an allow-list: columns of the frame's table (unqualified), literals,
 * operators, {@code CASE}, {@code CAST}/{@code TRY_CAST}/{@code ::}, {@code EXTRACT},
 * {@code TRIM} and the scalar functions of {@link #FUNCTIONS}. Everything else is refused, naming
 * the part: subqueries, other relations, table functions and every function that reads files or
 * the system ({@code read_csv}, {@code glob}, ...), aggregates and window functions, functions
 * whose value changes from run to run ({@code now}, {@code random}), parameters, statements.
 *
 * <p>Before parsing, the text is read as DuckDB reads it, and refused where JSqlParser would read
 * it otherwise, so that what is checked is what runs: comments ({@code --}, {@code /*},
 * {@code //}, which JSqlParser skips and DuckDB may not), {@code ;}, {@code $} (dollar quotes,
 * parameters), a backslash before a quote (an escape to JSqlParser, not to DuckDB), an unclosed
 * quote, and parentheses nested deeper than {@value #MAX_NESTING}.
 *
 * <p>{@code docs/sql-subset.md} lists the allowed functions; keep the two equal.
 */
public final class ExpressionChecker {

    /** The code of every problem this checker finds. */
    public static final ErrorCode REFUSED = ErrorCode.EXPRESSION_REFUSED;

    /** Parentheses an expression may nest: far more than a readable expression has. */
    static final int MAX_NESTING = 32;

    /**
     * The functions an expression may call: scalar, deterministic, reading nothing but their
     * arguments. Lower case; DuckDB compares function names ignoring case.
     */
    public static final Set<String> FUNCTIONS = Set.of(
            // text
            "lower", "upper", "lcase", "ucase", "trim", "ltrim", "rtrim", "length", "char_length", "character_length",
            "concat", "concat_ws", "substring", "substr", "left", "right", "replace", "translate", "split_part", "lpad",
            "rpad", "reverse", "position", "strpos", "instr", "starts_with", "ends_with", "contains", "prefix",
            "suffix", "regexp_replace", "regexp_extract", "regexp_matches", "regexp_full_match", "format", "printf",
            "strip_accents", "ascii", "chr", "md5", "sha256", "hash",
            // values and NULLs
            "coalesce", "ifnull", "nullif", "greatest", "least", "if",
            // numbers
            "abs", "round", "floor", "ceil", "ceiling", "trunc", "sign", "power", "pow", "sqrt", "ln", "log", "log10",
            "log2", "exp",
            // dates and times
            "date_trunc", "datetrunc", "date_part", "datepart", "date_diff", "datediff", "date_sub", "datesub",
            "date_add", "year", "month", "day", "dayofmonth", "quarter", "week", "weekofyear", "dayofweek", "isodow",
            "dayofyear", "hour", "minute", "second", "epoch", "epoch_ms", "make_date", "make_time", "make_timestamp",
            "last_day", "monthname", "dayname", "strftime", "strptime", "try_strptime", "to_timestamp", "to_days",
            "to_months", "to_years", "to_hours", "to_minutes", "to_seconds");

    private static final String HINT = "an expression may use the columns of its frame's table, literals, operators,"
            + " CASE, CAST and the functions listed in docs/sql-subset.md";

    private static final String FILTER_HINT = "a filter may use the columns of the peripherals its event's rows reach"
            + " (see " + ErrorCode.METRIC_COLUMN + "), literals, operators, CASE, CAST and the functions listed in docs/sql-subset.md";

    /** Longest quoted part of an expression in a message. */
    private static final int QUOTED = 80;

    /** Every problem of the project's expressions, in the order of frames, then hooks, then events. */
    public List<Diagnostic> check(Project project) {
        // Keyed by name: a Source's own hash would hash all its tables, once per frame.
        Map<SourceName, Map<TableName, Table>> tables = new HashMap<>();
        for (Source source : project.sources()) {
            Map<TableName, Table> byName = tables.computeIfAbsent(source.name(), s -> new HashMap<>());
            source.tables().forEach(t -> byName.putIfAbsent(t.name(), t));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Frame frame : project.frames()) {
            Optional<Table> table = Optional.ofNullable(tables.getOrDefault(frame.source(), Map.of()).get(frame.table()));
            if (table.isEmpty()) {
                continue;
            }
            Set<String> columns = table.get().columns().stream().map(Column::name)
                    .map(c -> c.value().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            String of = " of frame '" + frame.name() + "'";
            for (HookDefinition hook : frame.allHooks()) {
                if (hook instanceof Hook plain && plain.businessKey() instanceof ValueSource.SqlExpression expression) {
                    check(expression, "hook '" + plain.name() + "'" + of, table.get(), columns).ifPresent(diagnostics::add);
                }
            }
            for (Event event : frame.events()) {
                if (event.value() instanceof ValueSource.SqlExpression expression) {
                    check(expression, "event '" + event.name() + "'" + of, table.get(), columns).ifPresent(diagnostics::add);
                }
            }
        }
        return diagnostics;
    }

    /** The problem of one expression, if it has one. */
    Optional<Diagnostic> check(ValueSource.SqlExpression expression, String owner, Table table, Set<String> columns) {
        return problem(expression.sql(), table, columns).map(problem -> Diagnostic.error(REFUSED, expression.location(),
                "expression of " + owner + " " + problem).withHint(HINT));
    }

    /** What is wrong with {@code sql} as an expression over {@code table}'s columns, in words. */
    static Optional<String> problem(String sql, Table table, Set<String> columns) {
        return problem(sql, "table '" + table.name() + "'", columns, new HashSet<>());
    }

    /**
     * The problem of a metric's {@code filter}, an expression over {@code columns} (lower case),
     * the columns of the peripherals its event's rows reach; those it uses are added to {@code used}.
     *
     * @param relations how the columns' owners are called in a message, such as
     *     {@code the peripherals that event 'orders.ordered' reaches}
     */
    public Optional<Diagnostic> checkFilter(ValueSource.SqlExpression filter, String owner, String relations,
            Set<String> columns, Set<String> used) {
        return problem(filter.sql(), relations, columns, used).map(problem -> Diagnostic.error(REFUSED,
                filter.location(), "filter of " + owner + " " + problem).withHint(FILTER_HINT));
    }

    private static Optional<String> problem(String sql, String relation, Set<String> columns, Set<String> used) {
        Optional<String> lexical = lexicalProblem(sql);
        if (lexical.isPresent()) {
            return lexical;
        }
        Expression parsed;
        try {
            parsed = parse(sql);
        } catch (Unparsable e) {
            return Optional.of("does not parse: " + e.getMessage());
        }
        try {
            return new Walk(relation, columns, used).problem(parsed);
        } catch (StackOverflowError e) {
            return Optional.of("is nested too deeply");
        }
    }

    /**
     * What DuckDB and JSqlParser would read differently in {@code sql}, or what has no place in an
     * expression, outside quotes: comments, {@code ;}, {@code $}, a backslash before a quote,
     * an unclosed quote, parentheses nested too deeply.
     */
    static Optional<String> lexicalProblem(String sql) {
        int depth = 0;
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i);
                if (end < 0) {
                    return Optional.of("holds " + (c == '\'' ? "a text" : "a quoted name") + " that is not closed (" + c
                            + " at character " + (i + 1) + ")");
                }
                for (int j = i + 1; j < end; j++) {
                    if (sql.charAt(j) == '\\' && (sql.charAt(j + 1) == '\'' || sql.charAt(j + 1) == '"')) {
                        return Optional.of("holds a backslash before a quote (character " + (j + 1)
                                + "), which the SQL check and DuckDB read differently: write '' for a quote in a text");
                    }
                }
                i = end;
            } else if (sql.startsWith("--", i) || sql.startsWith("/*", i) || sql.startsWith("//", i)) {
                return Optional.of("holds a comment ('" + sql.substring(i, i + 2) + "' at character " + (i + 1)
                        + "), which an expression may not hold");
            } else if (c == ';' || c == '$' || c == '#' || c == '?') {
                return Optional.of("holds '" + c + "' at character " + (i + 1) + ", which an expression may not hold");
            } else if (c == '(' && ++depth > MAX_NESTING) {
                return Optional.of("nests parentheses more than " + MAX_NESTING + " levels deep");
            } else if (c == ')') {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** Where the quote opened at {@code start} closes, as DuckDB reads it (a doubled quote is part of the text); -1 if never. */
    private static int closing(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Parses one expression, the whole text. */
    private static Expression parse(String sql) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        Expression expression;
        try {
            expression = parser.Expression();
        } catch (ParseException e) {
            Token at = e.currentToken == null ? null : e.currentToken.next;
            throw new Unparsable(unexpected(at));
        } catch (StackOverflowError e) {
            throw new Unparsable("it is nested too deeply");
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            throw new Unparsable("it is not an expression");
        }
        Token next = parser.getNextToken();
        if (next.kind != CCJSqlParserConstants.EOF) {
            throw new Unparsable(unexpected(next));
        }
        return expression;
    }

    private static String unexpected(Token at) {
        if (at == null || at.kind == CCJSqlParserConstants.EOF) {
            return "it ends too early";
        }
        return "unexpected '" + shorten(at.image) + "' at character " + at.beginColumn
                + (at.beginLine > 1 ? " of line " + at.beginLine : "");
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= QUOTED ? one : one.substring(0, QUOTED) + "...";
    }

    /** The walk of a parsed expression against the allow-list; the first refused part is the problem. */
    private static final class Walk {

        private final String relation;
        private final Set<String> columns;
        private final Set<String> used;

        Walk(String relation, Set<String> columns, Set<String> used) {
            this.relation = relation;
            this.columns = columns;
            this.used = used;
        }

        Optional<String> problem(Expression e) {
            if (e == null) {
                return Optional.empty();
            }
            if (e instanceof net.sf.jsqlparser.schema.Column column) {
                return column(column);
            }
            if (e instanceof StringValue text) {
                return text.getPrefix() == null || text.getPrefix().isEmpty() ? Optional.empty()
                        : refuse("has the text " + quoted(e) + " with a prefix; write text in plain single quotes");
            }
            if (e instanceof LongValue || e instanceof DoubleValue || e instanceof HexValue || e instanceof NullValue
                    || e instanceof BooleanValue || e instanceof DateTimeLiteralExpression) {
                return Optional.empty();
            }
            if (e instanceof IntervalExpression interval) {
                return problem(interval.getExpression());
            }
            if (e instanceof Function function) {
                return function(function);
            }
            if (e instanceof LikeExpression like) {
                return first(like.getLeftExpression(), like.getRightExpression(), like.getEscape());
            }
            if (e instanceof BinaryExpression binary) {
                return first(binary.getLeftExpression(), binary.getRightExpression());
            }
            if (e instanceof NotExpression not) {
                return problem(not.getExpression());
            }
            if (e instanceof SignedExpression signed) {
                return problem(signed.getExpression());
            }
            if (e instanceof IsNullExpression isNull) {
                return problem(isNull.getLeftExpression());
            }
            if (e instanceof IsBooleanExpression isBoolean) {
                return problem(isBoolean.getLeftExpression());
            }
            if (e instanceof Between between) {
                return first(between.getLeftExpression(), between.getBetweenExpressionStart(),
                        between.getBetweenExpressionEnd());
            }
            if (e instanceof InExpression in) {
                return first(in.getLeftExpression(), in.getRightExpression());
            }
            if (e instanceof CaseExpression caseExpression) {
                List<Expression> parts = new ArrayList<>();
                parts.add(caseExpression.getSwitchExpression());
                parts.addAll(caseExpression.getWhenClauses());
                parts.add(caseExpression.getElseExpression());
                return first(parts.toArray(Expression[]::new));
            }
            if (e instanceof WhenClause when) {
                return first(when.getWhenExpression(), when.getThenExpression());
            }
            if (e instanceof CastExpression cast) {
                return problem(cast.getLeftExpression());
            }
            if (e instanceof ExtractExpression extract) {
                return problem(extract.getExpression());
            }
            if (e instanceof TrimFunction trim) {
                return first(trim.getExpression(), trim.getFromExpression());
            }
            if (e instanceof CollateExpression collate) {
                return problem(collate.getLeftExpression());
            }
            if (e instanceof ExpressionList<?> list) {
                return first(list.toArray(Expression[]::new));
            }
            return refuse(what(e));
        }

        private Optional<String> column(net.sf.jsqlparser.schema.Column column) {
            if (column.getTable() != null && column.getTable().getFullyQualifiedName() != null
                    && !column.getTable().getFullyQualifiedName().isEmpty()) {
                return refuse("uses " + quoted(column) + ", a column of another relation: write a column of "
                        + relation + " by its name alone");
            }
            if (column.getArrayConstructor() != null) {
                return refuse("indexes a column, " + quoted(column) + ", which an expression may not do");
            }
            String name = unquoted(column.getColumnName());
            if (!columns.contains(name.toLowerCase(Locale.ROOT))) {
                return refuse("uses '" + shorten(name) + "', which is not a column of " + relation);
            }
            used.add(name.toLowerCase(Locale.ROOT));
            return Optional.empty();
        }

        private Optional<String> function(Function function) {
            List<String> parts = function.getMultipartName();
            if (parts != null && parts.size() > 1) {
                return refuse("calls " + quoted(function) + ", a function named with a schema, which an expression may not call");
            }
            String name = unquoted(function.getName()).toLowerCase(Locale.ROOT);
            if (!FUNCTIONS.contains(name)) {
                return refuse("calls function '" + shorten(name) + "', which an expression may not call");
            }
            boolean plain = !function.isAllColumns() && !function.isDistinct() && !function.isUnique()
                    && function.getNamedParameters() == null && function.getChainedParameters() == null
                    && function.getAttribute() == null && function.getKeep() == null
                    && (function.getOrderByElements() == null || function.getOrderByElements().isEmpty())
                    && function.getLimit() == null && function.getHavingClause() == null
                    && (function.getKeywordArguments() == null || function.getKeywordArguments().isEmpty())
                    && function.getExtraKeyword() == null && !function.isIgnoreNulls();
            if (!plain) {
                return refuse("calls " + quoted(function) + " with more than plain arguments, which an expression may not do");
            }
            ExpressionList<?> arguments = function.getParameters();
            return arguments == null ? Optional.empty() : first(arguments.toArray(Expression[]::new));
        }

        private Optional<String> first(Expression... expressions) {
            for (Expression e : expressions) {
                Optional<String> problem = problem(e);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }

        private static String what(Expression e) {
            if (e instanceof Select || e instanceof ExistsExpression || e instanceof AnyComparisonExpression) {
                return "holds a subquery, " + quoted(e) + ", which reads other relations";
            }
            if (e instanceof AnalyticExpression) {
                return "holds " + quoted(e) + ", a window function or an aggregate, which reads other rows";
            }
            if (e instanceof TimeKeyExpression) {
                return "uses " + quoted(e) + ", which changes from run to run";
            }
            if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) {
                return "holds a parameter, " + quoted(e);
            }
            if (e instanceof LambdaExpression || e instanceof JsonExpression) {
                return "holds " + quoted(e) + ", a lambda or JSON path, which an expression may not hold";
            }
            return "holds " + quoted(e) + ", which is not a column, literal, operator, CASE, CAST or allowed function";
        }

        private static Optional<String> refuse(String problem) {
            return Optional.of(problem);
        }

        private static String quoted(Object part) {
            return "'" + shorten(String.valueOf(part)) + "'";
        }

        private static String unquoted(String name) {
            if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"))) {
                char quote = name.charAt(0);
                return name.substring(1, name.length() - 1).replace(String.valueOf(quote) + quote, String.valueOf(quote));
            }
            return name;
        }
    }

    /** An expression JSqlParser does not accept, with why in words. */
    private static final class Unparsable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unparsable(String message) {
            super(message, null, false, false);
        }
    }
}
