package io.hooklake.generator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.UssGenerator;
import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The expressions a user writes are column expressions of their frame's table, checked on their
 * own before any model is built (LH207). An event expression that read /etc/passwd through a
 * subquery passed the generator's check and failed at run time by chance.
 */
class ExpressionCheckerTest {

    private static final Path REFUSED = Path.of("src", "test", "resources", "projects", "refused-expressions");
    private static final Path ADVENTURE_WORKS = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
    private static final String HINT = " (an expression may use the columns of its frame's table, literals, operators,"
            + " CASE, CAST and the functions listed in docs/sql-subset.md)";

    private static final Location LOCATION = new Location(Path.of("lakehouse.yml"), 0, 0);
    private static final Table ORDERS = new Table(new SourceName("geo"), new TableName("orders"), "", List.of(
            column("order_id", "INTEGER"), column("order-date", "DATE"), column("ship_date", "DATE"),
            column("status", "VARCHAR"), column("_loaded_at", "TIMESTAMP")), new ColumnName("_loaded_at"), List.of(),
            LOCATION);
    private static final Set<String> COLUMNS = Set.of("order_id", "order-date", "ship_date", "status", "_loaded_at");

    @TempDir
    Path temp;

    @Test
    void refusesEveryExpressionThatIsNotAColumnExpressionOfItsTableAndWritesNothing() {
        String file = REFUSED.resolve("lakehouse.yml").toString();
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> UssGenerator.builder().build().generate(REFUSED, out))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::toString).containsExactly(
                                file + ":33:44: error LH207: expression of hook '_hook__country' of frame 'geo__countries' does not parse: it ends too early" + HINT,
                                file + ":38:44: error LH207: expression of hook '_hook__country__other' of frame 'geo__orders' uses 'c.country_code', a column of another relation: write a column of table 'orders' by its name alone" + HINT,
                                file + ":39:44: error LH207: expression of hook '_hook__country__commented' of frame 'geo__orders' holds a comment ('--' at character 21), which an expression may not hold" + HINT,
                                file + ":43:21: error LH207: expression of event 'shipped' of frame 'geo__orders' holds a subquery, '(SELECT max(ship_date) FROM read_csv('/etc/passwd'))', which reads other relations" + HINT,
                                file + ":45:21: error LH207: expression of event 'read' of frame 'geo__orders' calls function 'read_text', which an expression may not call" + HINT,
                                file + ":47:21: error LH207: expression of event 'counted' of frame 'geo__orders' holds 'count(*) OVER ()', a window function or an aggregate, which reads other rows" + HINT,
                                file + ":49:21: error LH207: expression of event 'elsewhere' of frame 'geo__orders' uses 'due_date', which is not a column of table 'orders'" + HINT));
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "order_id",
        "\"order-date\" + 30",
        "ORDER_ID::VARCHAR || '|' || status",
        "CASE WHEN status = 'S' THEN order_id END",
        "CAST(ship_date AS DATE) + 1",
        "TRY_CAST(status AS INTEGER)",
        "lower(split_part(status, '@', 2))",
        "coalesce(ship_date, \"order-date\", DATE '2020-01-01')",
        "EXTRACT(year FROM ship_date) * 100 + month(ship_date)",
        "trim(status)",
        "status IN ('a', 'b') AND order_id BETWEEN 1 AND 10 OR status LIKE 'x%' OR status IS NULL",
        "date_trunc('month', ship_date) + INTERVAL 1 MONTH - INTERVAL 1 DAY",
        "NOT (order_id % 2 = 0) IS TRUE",
        "if(order_id > 0, 'it''s', NULL)",
        "md5(order_id::VARCHAR)",
        "strftime(ship_date, '%Y-%m')"})
    void acceptsColumnsLiteralsOperatorsCaseCastAndAllowedFunctions(String expression) {
        assertThat(ExpressionChecker.problem(expression, ORDERS, COLUMNS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(SELECT max(ship_date) FROM read_csv('/etc/passwd'))|holds a subquery, '(SELECT max(ship_date) FROM read_csv('/etc/passwd'))', which reads other relations",
        "order_id IN (SELECT 1)|holds a subquery, '(SELECT 1)', which reads other relations",
        "EXISTS (SELECT 1)|holds a subquery, 'EXISTS (SELECT 1)', which reads other relations",
        "order_id = ANY (SELECT 1)|holds a subquery, 'ANY(SELECT 1)', which reads other relations",
        "read_csv('/etc/passwd')|calls function 'read_csv', which an expression may not call",
        "read_parquet('x.parquet')|calls function 'read_parquet', which an expression may not call",
        "glob('*')|calls function 'glob', which an expression may not call",
        "getenv('HOME')|calls function 'getenv', which an expression may not call",
        "random()|calls function 'random', which an expression may not call",
        "main.lower(status)|calls 'main.lower(status)', a function named with a schema, which an expression may not call",
        "current_date|uses 'current_date', which changes from run to run",
        "max(order_id)|calls function 'max', which an expression may not call",
        "row_number() OVER ()|holds 'row_number() OVER ()', a window function or an aggregate, which reads other rows",
        "lower(status ORDER BY status)|calls 'lower(status ORDER BY status)' with more than plain arguments, which an expression may not do",
        "orders.status|uses 'orders.status', a column of another relation: write a column of table 'orders' by its name alone",
        "nope|uses 'nope', which is not a column of table 'orders'",
        "order_id; DROP TABLE das.x|holds ';' at character 9, which an expression may not hold",
        "order_id // 2|holds a comment ('//' at character 10), which an expression may not hold",
        "order_id /* ) */|holds a comment ('/*' at character 10), which an expression may not hold",
        "$1|holds '$' at character 1, which an expression may not hold",
        "$$x$$|holds '$' at character 1, which an expression may not hold",
        "'a\\' || (SELECT 1) || '|holds a backslash before a quote (character 3), which the SQL check and DuckDB read differently: write '' for a quote in a text",
        "E'x'|has the text 'E'x'' with a prefix; write text in plain single quotes",
        "'open|holds a text that is not closed (' at character 1)",
        "upper(status|does not parse: it ends too early",
        "order_id order_id|does not parse: unexpected 'order_id' at character 10",
        "x -> x + 1|holds 'x -> x + 1', a lambda or JSON path, which an expression may not hold",
        "{'a': 1}|holds '{ 'a':1 }', which is not a column, literal, operator, CASE, CAST or allowed function",
        "status[1]|indexes a column, 'status[1]', which an expression may not do"})
    void refusesAnythingElseNamingTheOffendingPart(String expressionAndProblem) {
        int bar = expressionAndProblem.lastIndexOf('|');

        assertThat(ExpressionChecker.problem(expressionAndProblem.substring(0, bar), ORDERS, COLUMNS))
                .contains(expressionAndProblem.substring(bar + 1));
    }

    @Test
    void refusesParenthesesNestedTooDeeplyBeforeParsing() {
        assertThat(ExpressionChecker.problem("(".repeat(33) + "order_id" + ")".repeat(33), ORDERS, COLUMNS))
                .contains("nests parentheses more than 32 levels deep");
        assertThat(ExpressionChecker.problem("(".repeat(32) + "order_id" + ")".repeat(32), ORDERS, COLUMNS)).isEmpty();
    }

    @Test
    void acceptsEveryExpressionOfTheAdventureWorksExampleAndTheTestProjects() {
        for (Path project : List.of(ADVENTURE_WORKS, Path.of("src/test/resources/projects/geo"),
                Path.of("src/test/resources/projects/keys"), Path.of("src/test/resources/projects/org"),
                Path.of("src/test/resources/projects/retail"), Path.of("src/test/resources/projects/tiny"))) {
            assertThat(new ExpressionChecker().check(ProjectLoader.load(project))).as(project.toString()).isEmpty();
        }
    }

    @Test
    void theSqlSubsetPageListsExactlyTheAllowedFunctions() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "sql-subset.md"));
        int start = page.indexOf("<!-- allowed functions -->");
        int end = page.indexOf("<!-- end of allowed functions -->");
        assertThat(start).as("the page marks the list of allowed functions").isNotNegative();
        Set<String> listed = new TreeSet<>();
        Matcher name = Pattern.compile("`([a-z_0-9]+)`").matcher(page.substring(start, end));
        while (name.find()) {
            listed.add(name.group(1));
        }

        assertThat(listed).isEqualTo(new TreeSet<>(ExpressionChecker.FUNCTIONS));
    }

    private static Column column(String name, String type) {
        return new Column(new ColumnName(name), SqlType.of(type), true, "", LOCATION);
    }
}
