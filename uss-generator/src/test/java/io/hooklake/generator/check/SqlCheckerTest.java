package io.hooklake.generator.check;

import static io.hooklake.generator.TestModels.withSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.AuditSql;
import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.TestModels;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlCheckerTest {

    private final SqlChecker checker = new SqlChecker();

    private static Model bridge(String sql, String... upstream) {
        Model plain = withSql("dar__staging.bridge__orders", sql, upstream);
        return new Model(plain.name(), ModelKind.BRIDGE, Materialization.INCREMENTAL, plain.upstream(),
                List.of(new ModelColumn("id", "INTEGER", "")), List.of("id"), sql,
                List.of("bridge.ftl", "lib/hook.ftl"), Optional.of(new Location(Path.of("frames/orders.yml"), 12, 3)));
    }

    @Test
    void acceptsAStatementThatReadsExactlyItsUpstreamThroughCtesAndSubqueries() {
        Model model = bridge("""
                WITH own AS (
                    SELECT * FROM dab.frame__orders
                ),
                parents AS (
                    SELECT * FROM dar__staging.bridge__customers
                    QUALIFY row_number() OVER (PARTITION BY _hook__customer ORDER BY valid_from DESC) = 1
                )
                SELECT own.* EXCLUDE (x), p._pit_hook__customer
                FROM own
                LEFT JOIN parents AS p ON own._hook__customer = p._hook__customer
                WHERE own.id IN (SELECT id FROM "dab"."frame__orders")
                """, "dab.frame__orders", "dar__staging.bridge__customers");

        assertThat(checker.problems(model)).isEmpty();
    }

    @Test
    void checksAnIncrementalModelsOtherStatementsAgainstWhatTheirRoleMayRead() {
        Model plain = bridge("SELECT * FROM dab.frame__orders\n", "dab.frame__orders");
        ModelName affected = new ModelName("temp", "affected__dar__staging__bridge__orders");
        Model model = plain.completed(Optional.of(new IncrementalSql("id", affected,
                "SELECT id AS entity FROM dab.frame__orders WHERE loaded > ? AND loaded <= ?\n",
                "SELECT * FROM dab.frame__orders WHERE id IN (SELECT entity FROM temp.affected__dar__staging__bridge__orders)\n",
                "SELECT * FROM dar__staging.bridge__orders JOIN dab.frame__customers USING (id)\n")),
                Optional.of(new AuditSql(List.of("id"), "SELECT count(*) AS offending FROM dar__staging.bridge__orders\n",
                        Optional.of("SELECT count(*) AS offending FROM dar__staging.bridge__orders\n"))), List.of());

        assertThat(checker.problems(model)).extracting(SqlProblem::toString).containsExactly(
                "frames/orders.yml:12:3: error LH231: model dar__staging.bridge__orders: its"
                        + " kept-rows statement reads dab.frame__customers, which is not in what it may read"
                        + " (dar__staging.bridge__orders, temp.affected__dar__staging__bridge__orders)"
                        + " (statement models/dar__staging/bridge__orders.kept.sql, templates bridge.ftl, lib/hook.ftl)",
                "frames/orders.yml:12:3: error LH232: model dar__staging.bridge__orders: its"
                        + " kept-rows statement does not read temp.affected__dar__staging__bridge__orders, which it must;"
                        + " it reads dab.frame__customers, dar__staging.bridge__orders"
                        + " (statement models/dar__staging/bridge__orders.kept.sql, templates bridge.ftl, lib/hook.ftl)",
                "frames/orders.yml:12:3: error LH232: model dar__staging.bridge__orders:"
                        + " its audit of the affected entities does not read temp.affected__dar__staging__bridge__orders,"
                        + " which it must; it reads dar__staging.bridge__orders"
                        + " (statement models/dar__staging/bridge__orders.audit-affected.sql, templates bridge.ftl,"
                        + " lib/hook.ftl)");
    }

    @Test
    void reportsATableTheStatementReadsButTheModelDoesNotDeclare() {
        Model model = bridge("SELECT * FROM dab.frame__orders JOIN dab.frame__customers USING (id)\n", "dab.frame__orders");

        assertThat(checker.problems(model)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNDECLARED_READ);
            assertThat(p.toString()).isEqualTo("frames/orders.yml:12:3: error LH231: model"
                    + " dar__staging.bridge__orders: its SQL reads dab.frame__customers, which is not in its declared"
                    + " upstream (dab.frame__orders) (statement models/dar__staging/bridge__orders.sql, templates"
                    + " bridge.ftl, lib/hook.ftl)");
        });
    }

    @Test
    void reportsADeclaredUpstreamTheStatementDoesNotRead() {
        Model model = bridge("SELECT * FROM dab.frame__orders\n", "dab.frame__orders", "dar__staging.bridge__customers");

        assertThat(checker.problems(model)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNREAD_UPSTREAM);
            assertThat(p.message()).isEqualTo("its declared upstream dar__staging.bridge__customers is not read by its SQL,"
                    + " which reads dab.frame__orders");
            assertThat(p.file()).isEqualTo("models/dar__staging/bridge__orders.sql");
            assertThat(p.templates()).containsExactly("bridge.ftl", "lib/hook.ftl");
            assertThat(p.origin()).contains(new Location(Path.of("frames/orders.yml"), 12, 3));
        });
    }

    @Test
    void reportsUnparsableSqlAtItsLineInTheFileItWouldBeWrittenTo() {
        Model model = bridge("SELECT *\nFROM dab.frame__orders\nWHERE id = = 1\n", "dab.frame__orders");

        assertThat(checker.problems(model)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.SQL_PARSE);
            assertThat(p.line()).isEqualTo(3 + 7);
            assertThat(p.column()).isEqualTo(12);
            assertThat(p.toString()).startsWith("frames/orders.yml:12:3: error LH230: model dar__staging.bridge__orders: ")
                    .endsWith(" (statement line 10:12 of models/dar__staging/bridge__orders.sql, templates bridge.ftl,"
                            + " lib/hook.ftl)");
        });
    }

    @Test
    void locatesAProblemOfAModelThatNoYamlElementDefinesAtItsStatement() {
        Model calendar = new Model(new ModelName("dar", "calendar"), ModelKind.CALENDAR, Materialization.TABLE,
                List.of(), List.of(), List.of(), "SELECT 1 +\n", List.of("calendar.ftl"), Optional.empty());

        assertThat(checker.problems(calendar)).singleElement().asString()
                .startsWith("models/dar/calendar.sql:8:")
                .contains(": error LH230: model dar.calendar: ")
                .endsWith(" (templates calendar.ftl)");
    }

    @Test
    void rejectsMoreThanOneStatementAndStatementsOtherThanSelect() {
        assertThat(checker.problems(bridge("SELECT * FROM dab.frame__orders; SELECT 1\n", "dab.frame__orders")))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.SQL_PARSE);
                    assertThat(p.message()).contains("more than one statement");
                });
        assertThat(checker.problems(bridge("DELETE FROM dab.frame__orders\n", "dab.frame__orders")))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("not a SELECT statement but DELETE"));
    }

    @Test
    void reportsAStatementNestedTooDeeplyForTheParserAsAProblem() {
        String deep = "SELECT " + "(".repeat(1000) + "1" + ")".repeat(1000) + " AS id FROM dab.frame__orders\n";

        assertThat(checker.problems(bridge(deep, "dab.frame__orders"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.SQL_PARSE);
            assertThat(p.message()).isEqualTo("nested too deeply for JSqlParser (1000 levels of parentheses; at most 200)");
        });
    }

    @Test
    void countsNestingOutsideQuotesAndComments() {
        assertThat(SqlChecker.nesting("SELECT ((1)), '((((', \"a((\"\"(\", 2 -- ((((\n/* (((( */ FROM t")).isEqualTo(2);
        assertThat(checker.problems(bridge("SELECT " + "(".repeat(200) + "1" + ")".repeat(200)
                + " AS id FROM dab.frame__orders\n", "dab.frame__orders"))).isEmpty();
    }

    @Test
    void reportsATableNamedWithoutItsSchema() {
        assertThat(checker.problems(bridge("SELECT * FROM frame__orders\n")))
                .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ErrorCode.UNQUALIFIED_TABLE));
    }

    @Test
    void comparesNamesWithoutQuotesOrCaseAsDuckDbDoes() {
        Model model = bridge("SELECT * FROM \"DAB\".\"Frame__Orders\"\n", "dab.frame__orders");

        assertThat(checker.problems(model)).isEmpty();
    }

    @Test
    void checkThrowsWithEveryProblemOfEveryModel() {
        List<Model> models = List.of(
                TestModels.model("das.raw__a", "das.landed__a"),
                withSql("dab.frame__a", "SELECT * FROM das.raw__b\n", "das.raw__a"),
                withSql("dab.frame__b", "SELEC 1\n"));

        assertThatThrownBy(() -> checker.check(models))
                .isInstanceOfSatisfying(SqlCheckException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNDECLARED_READ);
                    assertThat(e.problems()).extracting(p -> p.code().code()).containsExactly("LH231", "LH232", "LH230");
                })
                .hasMessageStartingWith("3 generated statements are wrong; nothing was written:\n"
                        + "frames.yml:3:5: error LH231: model dab.frame__a: its SQL reads das.raw__b");
    }

    @Test
    void aCheckerThatRemembersParsedStatementsStillComparesThemWithEachModelsOwnUpstream() {
        String sql = "SELECT * FROM dab.frame__orders\n";
        Model good = bridge(sql, "dab.frame__orders");
        Model broken = bridge("SELECT FROM WHERE\n", "dab.frame__orders");
        assertThat(checker.problems(List.of(good, broken))).extracting(p -> p.code().code()).containsExactly("LH230");

        Model sameSqlOtherUpstream = bridge(sql, "dab.frame__orders", "dar__staging.bridge__customers");
        Model sameSqlOtherModel = TestModels.withSql("dar.orders", sql, "dab.frame__customers");
        List<SqlProblem> second = checker.problems(List.of(sameSqlOtherUpstream, broken, sameSqlOtherModel));

        assertThat(second).extracting(p -> p.code().code()).containsExactly("LH232", "LH230", "LH231", "LH232");
        assertThat(second).extracting(p -> p.model().qualified()).containsExactly("dar__staging.bridge__orders",
                "dar__staging.bridge__orders", "dar.orders", "dar.orders");
        assertThat(second.get(1).line()).isEqualTo(checker.problems(broken).get(0).line());
    }

    @Test
    void splitsQuotedDottedNames() {
        assertThat(SqlChecker.parts("\"das\".\"a.b\"\"c\"")).containsExactly("das", "a.b\"c");
        assertThat(SqlChecker.parts("lake.das.t")).containsExactly("lake", "das", "t");
    }

    @Test
    void anotherCheckerTakesWhatAnEarlierOneRememberedInsteadOfParsingAgain() {
        Model model = bridge("SELECT * FROM dab.frame__orders JOIN dar__staging.bridge__customers USING (id)\n",
                "dab.frame__orders", "dar__staging.bridge__customers");
        assertThat(checker.problems(List.of(model))).isEmpty();
        String remembered = checker.remembered();
        assertThat(remembered.lines()).hasSize(2).first().isEqualTo(SqlChecker.REMEMBERED_HEADER);
        assertThat(remembered.lines().skip(1).findFirst().orElseThrow().split("\t"))
                .hasSize(3).contains("dab.frame__orders", "dar__staging.bridge__customers");

        // What the other checker recalls decides, as a parse would: told the statement reads one table
        // only, it reports the other as unread, so it did not parse the statement.
        String key = remembered.lines().skip(1).findFirst().orElseThrow().split("\t")[0];
        SqlChecker next = new SqlChecker();
        next.recall(SqlChecker.REMEMBERED_HEADER + "\n" + key + "\tdab.frame__orders\n");
        assertThat(next.problems(List.of(model))).extracting(SqlProblem::code).containsExactly(ErrorCode.UNREAD_UPSTREAM);

        // What another parser version or checker remembered, or anything else, is ignored.
        for (String other : List.of("# another checker\n" + key + "\tdab.frame__orders\n",
                SqlChecker.REMEMBERED_HEADER + "\nnot a key\tdab.frame__orders\n", "")) {
            SqlChecker fresh = new SqlChecker();
            fresh.recall(other);
            assertThat(fresh.problems(List.of(model))).as(other).isEmpty();
        }
    }
}
