package io.hooklake.generator.check;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.output.ModelFileRenderer;
import io.hooklake.generator.output.ModelStatement;
import io.hooklake.generator.output.OutputLayout;
import io.hooklake.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Parses every statement a generation writes with JSqlParser: each model's SELECT, whose relations
 * read must be exactly its declared upstream, and its incremental and audit statements, which may
 * read no more than their role allows (CTE names and table functions left out; names compared
 * without quotes and case, as DuckDB does). Runs before anything is written; see {@code docs/sql-subset.md} for the
 * DuckDB constructs the parser accepts.
 *
 * <p>Models are checked in parallel; problems come back in the order of the models given.
 *
 * <p>Parsing is by far the costliest step, and what it yields depends on the statement's text
 * alone. So a checker remembers, from its last {@link #problems(Collection)} call, the tables each
 * statement read (or why it did not parse), keyed by the SHA-256 of the text, and does not parse
 * an identical statement again: a second generation of an unchanged project parses nothing. Only
 * the last call's statements are remembered, so the memory stays that of one project. What it
 * remembers can be kept between processes ({@link #remembered()}, {@link #recall(String)}): the
 * generator keeps it in its output folder, so a goal that regenerates an unchanged project in a new
 * JVM parses nothing either. Safe for use by several threads.
 */
public final class SqlChecker {

    /** The statement does not parse, or is not one SELECT. */
    public static final ErrorCode PARSE_ERROR = ErrorCode.SQL_PARSE;
    /** The statement reads a relation that is not in the model's upstream. */
    public static final ErrorCode UNDECLARED_READ = ErrorCode.UNDECLARED_READ;
    /** A declared upstream is not read by the statement. */
    public static final ErrorCode UNREAD_UPSTREAM = ErrorCode.UNREAD_UPSTREAM;
    /** The statement names a table without its schema. */
    public static final ErrorCode UNQUALIFIED_TABLE = ErrorCode.UNQUALIFIED_TABLE;

    /** What the statements of the last {@link #problems(Collection)} call yielded, by the SHA-256 of their text. */
    private final AtomicReference<Map<String, Parsed>> previous = new AtomicReference<>(Map.of());

    /**
     * Every problem of {@code models}, in their order.
     *
     * @throws SqlCheckException when there is any
     */
    public void check(Collection<Model> models) {
        List<SqlProblem> problems = problems(models);
        if (!problems.isEmpty()) {
            throw new SqlCheckException(problems);
        }
    }

    /**
     * Every problem of {@code models}' statements, in their order: each model's SELECT, its
     * incremental statements and its audits, each written to a file of its own
     * ({@link ModelStatement}). Empty when all is well.
     */
    public List<SqlProblem> problems(Collection<Model> models) {
        Map<String, Parsed> before = previous.get();
        Map<String, Parsed> now = new ConcurrentHashMap<>();
        List<SqlProblem> problems = models.stream().flatMap(m -> statements(m).stream()).toList().parallelStream()
                .flatMap(s -> {
                    String key = key(s.sql());
                    Parsed parsed = before.get(key);
                    if (parsed == null) {
                        parsed = Parsed.of(s.sql());
                    }
                    now.put(key, parsed);
                    return problems(s, parsed).stream();
                }).toList();
        previous.set(now);
        return problems;
    }

    /** The problems of one model's statements. */
    public List<SqlProblem> problems(Model model) {
        return statements(model).stream().flatMap(s -> problems(s, Parsed.of(s.sql())).stream()).toList();
    }

    /**
     * One statement to check and what it may read: a model's SELECT reads exactly its upstream;
     * its other statements read no more than their role allows, and the ones that restrict or
     * keep entities must read the affected relation.
     */
    private record Checked(Model model, ModelStatement role, String sql, Set<ModelName> allowed,
            Set<ModelName> required) {
    }

    private static List<Checked> statements(Model model) {
        List<Checked> statements = new ArrayList<>();
        Set<ModelName> upstream = Set.copyOf(model.upstream());
        statements.add(new Checked(model, ModelStatement.SELECT, model.sql(), upstream, upstream));
        model.incremental().ifPresent(inc -> {
            ModelName affected = inc.affectedRelation();
            statements.add(new Checked(model, ModelStatement.AFFECTED, inc.affectedEntities(),
                    union(upstream, Set.of(model.name())), Set.of()));
            statements.add(new Checked(model, ModelStatement.ROWS, inc.rowsForEntities(),
                    union(upstream, Set.of(affected)), Set.of(affected)));
            if (!inc.keptRows().isEmpty()) {
                statements.add(new Checked(model, ModelStatement.KEPT, inc.keptRows(), Set.of(model.name(), affected),
                        Set.of(model.name(), affected)));
            }
        });
        model.audit().ifPresent(audit -> {
            statements.add(new Checked(model, ModelStatement.AUDIT, audit.whole(), Set.of(model.name()),
                    Set.of(model.name())));
            audit.ofAffected().ifPresent(sql -> {
                ModelName affected = model.incremental().orElseThrow().affectedRelation();
                statements.add(new Checked(model, ModelStatement.AUDIT_AFFECTED, sql, Set.of(model.name(), affected),
                        Set.of(model.name(), affected)));
            });
        });
        model.dataCheck().ifPresent(sql -> statements.add(new Checked(model, ModelStatement.DATA_CHECK, sql, upstream,
                upstream)));
        return statements;
    }

    private static Set<ModelName> union(Set<ModelName> a, Set<ModelName> b) {
        Set<ModelName> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private List<SqlProblem> problems(Checked statement, Parsed parsed) {
        Model model = statement.model();
        if (parsed.error() != null) {
            UnparsableSql e = parsed.error();
            return List.of(problem(statement, PARSE_ERROR, e.line, e.column, e.getMessage()));
        }
        List<SqlProblem> problems = new ArrayList<>();
        Map<String, String> read = new TreeMap<>();
        for (String table : parsed.tables()) {
            List<String> parts = parts(table);
            if (parts.size() < 2) {
                problems.add(problem(statement, UNQUALIFIED_TABLE, 0, 0,
                        "reads table " + table + " without its schema: qualify every model name"));
                continue;
            }
            String qualified = parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
            read.put(qualified.toLowerCase(Locale.ROOT), qualified);
        }
        Map<String, ModelName> allowed = new TreeMap<>();
        statement.allowed().forEach(u -> allowed.put(u.qualified().toLowerCase(Locale.ROOT), u));
        Map<String, ModelName> required = new TreeMap<>();
        statement.required().forEach(u -> required.put(u.qualified().toLowerCase(Locale.ROOT), u));
        List<String> undeclared = read.entrySet().stream()
                .filter(e -> !allowed.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<String> unread = required.entrySet().stream()
                .filter(e -> !read.containsKey(e.getKey())).map(e -> e.getValue().qualified()).toList();
        String what = "its " + statement.role().label();
        boolean select = statement.role() == ModelStatement.SELECT;
        if (!undeclared.isEmpty()) {
            problems.add(problem(statement, UNDECLARED_READ, 0, 0, what + " reads " + String.join(", ", undeclared)
                    + ", which " + (undeclared.size() == 1 ? "is" : "are") + " not in "
                    + (select ? "its declared upstream " + list(model.upstream())
                            : "what it may read " + list(statement.allowed().stream().sorted().toList()))));
        }
        if (!unread.isEmpty()) {
            String reads = read.isEmpty() ? "no table" : String.join(", ", read.values());
            problems.add(problem(statement, UNREAD_UPSTREAM, 0, 0, select
                    ? "its declared upstream " + String.join(", ", unread) + (unread.size() == 1 ? " is" : " are")
                            + " not read by its SQL, which reads " + reads
                    : what + " does not read " + String.join(", ", unread) + ", which it must; it reads " + reads));
        }
        return problems;
    }

    /** What parsing a statement yields: the tables it reads, or why it does not parse. */
    private record Parsed(List<String> tables, UnparsableSql error) {

        static Parsed of(String sql) {
            try {
                return new Parsed(List.copyOf(new TablesNamesFinder<Void>().getTables(parse(sql))), null);
            } catch (UnparsableSql e) {
                return new Parsed(List.of(), e);
            }
        }
    }

    /** The deepest nesting of parentheses outside quotes and comments. */
    static int nesting(String sql) {
        int depth = 0;
        int deepest = 0;
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < n && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                i = end < 0 ? n : end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    /**
     * The first line of {@link #remembered()}: what a remembered result depends on besides the
     * statement's text. A different parser version or checker forgets everything.
     */
    static final String REMEMBERED_HEADER = "# Hooklake: statements that parsed, by the SHA-256 of their text, and the"
            + " tables each reads (a cache; delete it freely). checker 1, JSqlParser "
            + CCJSqlParser.class.getPackage().getImplementationVersion();

    /**
     * What the last {@link #problems(Collection)} call found for the statements that parsed, as
     * text for {@link #recall(String)}: one line per statement, its key and the tables it reads,
     * tab-separated, sorted.
     */
    public String remembered() {
        StringBuilder text = new StringBuilder(REMEMBERED_HEADER).append('\n');
        new TreeMap<>(previous.get()).forEach((key, parsed) -> {
            if (parsed.error() == null && parsed.tables().stream().noneMatch(t -> t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0)) {
                text.append(key);
                parsed.tables().forEach(t -> text.append('\t').append(t));
                text.append('\n');
            }
        });
        return text.toString();
    }

    /**
     * Remembers what {@link #remembered()} wrote, by an earlier checker perhaps in another process,
     * so the next {@link #problems(Collection)} call does not parse those statements again. Text
     * from another parser version, or not in that form, is ignored.
     */
    public void recall(String remembered) {
        List<String> lines = remembered.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(REMEMBERED_HEADER)) {
            return;
        }
        Map<String, Parsed> recalled = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields[0].length() != 64 || !fields[0].chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return;
            }
            recalled.put(fields[0], new Parsed(List.of(fields).subList(1, fields.length), null));
        }
        recalled.putAll(previous.get());
        previous.set(Map.copyOf(recalled));
    }

    /** The SHA-256 of a statement's text, as hex. */
    private static String key(String sql) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Parentheses nested deeper than this are refused before parsing: JSqlParser recurses per
     * level and would overflow the stack at a depth that depends on the JIT, so the limit makes
     * the outcome the same on every run. Generated SQL nests a few levels; a user's expression
     * would need to be absurd to come near.
     */
    static final int MAX_NESTING = 200;

    /** Parses one SELECT statement, the whole text. */
    static Statement parse(String sql) {
        int depth = nesting(sql);
        if (depth > MAX_NESTING) {
            throw new UnparsableSql("nested too deeply for JSqlParser (" + depth + " levels of parentheses; at most "
                    + MAX_NESTING + ")", 0, 0);
        }
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        Statement statement;
        try {
            statement = parser.Statement();
        } catch (ParseException e) {
            Token at = e.currentToken == null ? null : e.currentToken.next;
            throw new UnparsableSql(firstLine(e.getMessage()), at == null ? 0 : at.beginLine, at == null ? 0 : at.beginColumn);
        } catch (StackOverflowError e) {
            throw new UnparsableSql("nested too deeply for JSqlParser", 0, 0);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            // A failure of the parser itself: its message would name Java types, not the SQL.
            throw new UnparsableSql("JSqlParser cannot read it", 0, 0);
        }
        Token next = parser.getNextToken();
        if (next.kind != CCJSqlParserConstants.EOF) {
            throw new UnparsableSql("more than one statement: found '" + next.image + "' after the first",
                    next.beginLine, next.beginColumn);
        }
        if (!(statement instanceof Select)) {
            Token first = CCJSqlParserUtil.newParser(sql).getNextToken();
            throw new UnparsableSql("not a SELECT statement but " + first.image.toUpperCase(Locale.ROOT), first.beginLine,
                    first.beginColumn);
        }
        return statement;
    }

    private static SqlProblem problem(Checked statement, ErrorCode code, int sqlLine, int column, String message) {
        Model model = statement.model();
        int line = sqlLine == 0 ? 0 : sqlLine + ModelFileRenderer.HEADER_LINES;
        return new SqlProblem(code, model.name(), OutputLayout.statementFile(model.name(), statement.role()), line,
                line == 0 ? 0 : column, message, model.templates(), model.origin());
    }

    /** The parts of a possibly quoted, dotted name, without quotes: {@code "das"."x"} gives {@code das, x}. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quote != 0) {
                if (c == quote && i + 1 < name.length() && name.charAt(i + 1) == quote) {
                    part.append(c);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String list(List<ModelName> names) {
        return names.isEmpty() ? "(none)" : names.stream().map(ModelName::qualified).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String firstLine(String message) {
        return message == null ? "unparsable" : message.lines().findFirst().orElse("unparsable").strip();
    }

    /** A statement JSqlParser does not accept. */
    static final class UnparsableSql extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        UnparsableSql(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
