package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.check.SqlChecker;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.dialect.TextKind;
import io.hooklake.model.SqlType;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark dialect checked by Spark itself: every statement parses with Spark's own parser (and
 * with JSqlParser, which checks every generation), the small test projects' models run in a local
 * Spark session and equal DuckDB's, row for row, so do geo's incremental statements with a window
 * bound, and the portable key and a value's text are the same in both engines.
 */
@Timeout(600)
class SparkDialectIT {

    /** Not UTC, so that a result depending on the session's time zone shows. */
    private static final String SESSION_TIME_ZONE = "America/New_York";

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("hooklake-spark-dialect")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
                .config("spark.sql.session.timeZone", SESSION_TIME_ZONE)
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Stream<Path> projects() {
        Path aw = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
        return Stream.concat(Stream.of("geo", "org", "retail", "keys", "metrics", "tiny", "escape")
                .map(p -> Path.of("src", "test", "resources", "projects", p)), Stream.of(aw));
    }

    @ParameterizedTest
    @MethodSource("projects")
    void everyStatementParsesWithSparksParserAndPassesTheSqlCheck(Path projectDir) {
        assumeThat(Files.isDirectory(projectDir)).as(projectDir + " absent: skipped").isTrue();
        ModelSet set = new UssModelSetBuilder(Dialect.spark()).build(ProjectLoader.load(projectDir));
        List<String> statements = statements(set);
        for (String sql : statements) {
            try {
                spark.sessionState().sqlParser().parsePlan(sql);
            } catch (RuntimeException | org.apache.spark.sql.catalyst.parser.ParseException e) {
                throw new AssertionError("Spark does not parse:\n" + sql + "\n" + e.getMessage(), e);
            }
        }
        assertThat(new SqlChecker().problems(set.models())).isEmpty();
        assertThat(String.join("\n", statements)).doesNotContain("VARCHAR", "UNION ALL BY NAME", "strftime", "unnest(",
                "generate_series", "timezone(", "hash(", " TIMESTAMP)", "TIMESTAMP '");
        System.out.println(projectDir + ": " + statements.size() + " Spark statements parse");
    }

    /** Every statement a generation writes: each model's SELECT, its incremental and audit statements, and load times. */
    private static List<String> statements(ModelSet set) {
        List<String> statements = new ArrayList<>();
        for (Model model : set.models()) {
            statements.add(model.sql());
            model.incremental().ifPresent(inc -> statements.addAll(
                    List.of(inc.affectedEntities(), inc.rowsForEntities(), inc.keptRows())));
            model.audit().ifPresent(audit -> {
                statements.add(audit.whole());
                audit.ofAffected().ifPresent(statements::add);
            });
        }
        set.landedTables().forEach(t -> statements.add(t.loadTime()));
        return statements;
    }

    static Stream<Arguments> builtProjects() {
        return Stream.of(Arguments.of("geo", (Consumer<TestDatabase>) Loads::geo),
                Arguments.of("org", (Consumer<TestDatabase>) Loads::org),
                Arguments.of("retail", (Consumer<TestDatabase>) Loads::retail),
                Arguments.of("keys", (Consumer<TestDatabase>) Loads::keys));
    }

    /**
     * Builds {@code name}'s models on DuckDB (its loads landed) and on Spark (the same landed rows,
     * through Parquet), each with its own dialect's SQL; returns the Spark dialect's models.
     */
    private static ModelSet buildOnSpark(String name, BuiltLakehouse duck) {
        ModelSet sparkSet = new UssModelSetBuilder(Dialect.spark()).build(duck.project());
        Dialect sql = Dialect.spark();
        var schemas = duck.project().settings().schemas();
        for (String schema : new TreeSet<>(List.of(schemas.das(), schemas.dab(), schemas.darStaging(), schemas.dar(), "temp"))) {
            spark.sql("DROP DATABASE IF EXISTS " + sql.identifier(schema) + " CASCADE");
            spark.sql("CREATE DATABASE " + sql.identifier(schema));
        }
        for (var landed : sparkSet.landedTables()) {
            Path file = dir.resolve(name + "-" + landed.relation().qualified() + ".parquet");
            duck.lake().execute("COPY " + duck.relation(landed.relation()) + " TO '" + file + "' (FORMAT parquet)");
            spark.sql("CREATE OR REPLACE VIEW " + sql.relation(landed.relation()) + " AS SELECT * FROM parquet.`" + file + "`");
        }
        for (Model model : TestDatabase.inDagOrder(sparkSet.models())) {
            String kind = model.materialization() == Materialization.VIEW ? "VIEW " : "TABLE ";
            String using = model.materialization() == Materialization.VIEW ? "" : " USING parquet";
            try {
                spark.sql("CREATE " + kind + sql.relation(model.name()) + using + " AS\n" + model.sql());
            } catch (RuntimeException e) {
                throw new AssertionError("Spark fails on " + model.name() + ":\n" + model.sql() + "\n" + e.getMessage(), e);
            }
        }
        return sparkSet;
    }

    @ParameterizedTest
    @MethodSource("builtProjects")
    void everyModelBuiltBySparkEqualsDuckDbsRowForRow(String name, Consumer<TestDatabase> loads) throws SQLException {
        try (BuiltLakehouse duck = BuiltLakehouse.of(name, loads)) {
            ModelSet sparkSet = buildOnSpark(name, duck);
            Map<ModelName, Model> byName = new LinkedHashMap<>();
            sparkSet.models().forEach(m -> byName.put(m.name(), m));
            int compared = 0;
            for (Model model : duck.models().models()) {
                assertThat(byName).containsKey(model.name());
                assertThat(sparkRows(model)).as("%s on Spark and on DuckDB", model.name()).isEqualTo(duckRows(duck, model));
                compared++;
            }
            assertThat(compared).isPositive();
            System.out.println(name + ": " + compared + " models equal on Spark and DuckDB");
            if (name.equals("geo")) {
                // On the models just built: a second Spark build of the project would cost 20 s.
                assertIncrementalStatementsSelectTheSameOnSparkAsOnDuckDb(duck, sparkSet);
            }
        }
    }

    /**
     * The incremental statements of every model, with the window (second load, last load] bound
     * to their two {@code ?} parameters: the affected entities, the rows of those entities and the
     * kept rows select the same on Spark as on DuckDB. The affected relation
     * ({@code temp.affected__...}) is a table of a database {@code temp} on Spark. Checked on geo,
     * after its models were built on both engines.
     */
    private static void assertIncrementalStatementsSelectTheSameOnSparkAsOnDuckDb(BuiltLakehouse duck, ModelSet sparkSet)
            throws SQLException {
        LocalDateTime after = LocalDateTime.of(2024, 2, 1, 0, 0);
        LocalDateTime until = LocalDateTime.of(2024, 4, 1, 0, 0);
        Map<ModelName, Model> duckByName = new LinkedHashMap<>();
        duck.models().models().forEach(m -> duckByName.put(m.name(), m));
        int compared = 0;
        for (Model model : TestDatabase.inDagOrder(sparkSet.models())) {
            if (model.incremental().isEmpty()) {
                continue;
            }
            var inSpark = model.incremental().orElseThrow();
            var inDuck = duckByName.get(model.name()).incremental().orElseThrow();
            Object[] window = {after, until};
            spark.sql(inSpark.affectedEntities(), window).write().mode("overwrite").format("parquet")
                    .saveAsTable(Dialect.spark().relation(inSpark.affectedRelation()));
            try (var statement = duck.lake().connection().prepareStatement("CREATE OR REPLACE TEMP TABLE "
                    + duck.relation(inDuck.affectedRelation()) + " AS\n" + inDuck.affectedEntities())) {
                statement.setObject(1, after);
                statement.setObject(2, until);
                statement.execute();
            }
            String entity = "SELECT entity FROM " + Dialect.spark().relation(inSpark.affectedRelation());
            assertThat(sparkTexts("SELECT CAST(entity AS STRING) FROM (" + entity + ") AS a"))
                    .as("entities %s affects", model.name())
                    .isEqualTo(duckTexts(duck, "SELECT CAST(entity AS VARCHAR) FROM " + duck.relation(inDuck.affectedRelation())));
            for (boolean rows : new boolean[] {true, false}) {
                String sparkSql = rows ? inSpark.rowsForEntities() : inSpark.keptRows();
                String duckSql = rows ? inDuck.rowsForEntities() : inDuck.keptRows();
                assertThat(sparkTexts(select(Dialect.spark(), model, sparkSql)))
                        .as("%s rows of %s", rows ? "recomputed" : "kept", model.name())
                        .isEqualTo(duckTexts(duck, select(Dialect.duckdb(), model, duckSql)));
            }
            compared++;
        }
        assertThat(compared).isPositive();
    }

    private static String select(Dialect dialect, Model model, String sql) {
        return "SELECT " + model.columns().stream().map(c -> text(dialect, c)).collect(Collectors.joining(", "))
                + " FROM (" + sql + ") AS q";
    }

    private static List<String> sparkTexts(String sql) {
        return spark.sql(sql).collectAsList().stream().map(SparkDialectIT::joined).sorted().toList();
    }

    private static String joined(Row r) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            values.add(r.isNullAt(i) ? "NULL" : r.getString(i));
        }
        return String.join(" | ", values);
    }

    private static List<String> duckTexts(BuiltLakehouse duck, String sql) {
        return duck.lake().rows(sql).stream()
                .map(r -> r.values().stream().map(v -> v == null ? "NULL" : v.toString()).collect(Collectors.joining(" | ")))
                .sorted().toList();
    }

    /** A model's rows as text, sorted: each value as the dialect writes it for the record hash. */
    private static List<String> sparkRows(Model model) {
        String select = model.columns().stream().map(c -> text(Dialect.spark(), c)).collect(Collectors.joining(", "));
        return sparkTexts("SELECT " + select + " FROM " + Dialect.spark().relation(model.name()));
    }

    private static List<String> duckRows(BuiltLakehouse duck, Model model) {
        String select = model.columns().stream().map(c -> text(Dialect.duckdb(), c)).collect(Collectors.joining(", "));
        return duckTexts(duck, "SELECT " + select + " FROM " + duck.relation(model.name()));
    }

    private static String text(Dialect dialect, ModelColumn column) {
        TextKind kind = dialect.textKind(SqlType.of(column.type().replace("STRING", "VARCHAR")
                .replace("TIMESTAMP_NTZ", "TIMESTAMP").replace("TIMESTAMP_LTZ", "TIMESTAMPTZ")));
        return render(dialect, "<#import \"lib/record.ftl\" as record><@record.valueText c/>",
                Map.of("column", dialect.identifier(column.name()), "kind", kind.name()));
    }

    /** Texts whose md5 starts with a digit below 8 and at or above 8, empty, non-ASCII, long. */
    private static final List<String> TEXTS = List.of("", "a", "abc", "customer__shop|42",
            "customer__shop|42~epoch__valid_from|2024-01-01 00:00:00.000000", "é ∑ 😀 日本", "x".repeat(10_000), "it's",
            "back\\slash");

    @Test
    void thePortableKeyIsTheFirstSixteenHexDigitsOfMd5AsASignedBigintInBothEngines() throws Exception {
        List<Long> expected = new ArrayList<>();
        for (String text : TEXTS) {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            expected.add(ByteBuffer.wrap(md5, 0, 8).getLong());
        }
        assertThat(expected).anyMatch(v -> v < 0).anyMatch(v -> v > 0);
        String duckValues = TEXTS.stream().map(t -> "(" + Dialect.duckdb().literal(t) + ")").collect(Collectors.joining(", "));
        String sparkValues = TEXTS.stream().map(t -> "(" + Dialect.spark().literal(t) + ")").collect(Collectors.joining(", "));
        String duckKey = render(Dialect.duckdb(), "<#import \"lib/dialect.ftl\" as d><@d.hash64 \"t\"/>", Map.of());
        String sparkKey = render(Dialect.spark(), "<#import \"lib/dialect.ftl\" as d><@d.hash64 \"t\"/>", Map.of());
        try (TestDatabase lake = new TestDatabase(TestProjects.load("tiny"))) {
            List<Long> duck = new ArrayList<>();
            for (String text : TEXTS) {
                duck.add(Long.parseLong((String) lake.value("SELECT " + duckKey.replace("(t)", "(" + Dialect.duckdb().literal(text) + ")"))));
            }
            assertThat(duck).as("DuckDB").isEqualTo(expected);
            assertThat(lake.value("SELECT " + duckKey.replace("(t)", "(CAST(NULL AS VARCHAR))"))).isNull();
            assertThat(lake.count("SELECT * FROM (VALUES " + duckValues + ") AS v(t)")).isEqualTo(TEXTS.size());
        }
        List<Long> sparkKeys = new ArrayList<>();
        for (String text : TEXTS) {
            sparkKeys.add(spark.sql("SELECT " + sparkKey.replace("(t)", "(" + Dialect.spark().literal(text) + ")")).first().getLong(0));
        }
        assertThat(sparkKeys).as("Spark").isEqualTo(expected);
        assertThat(spark.sql("SELECT " + sparkKey.replace("(t)", "(CAST(NULL AS STRING))")).first().isNullAt(0)).isTrue();
        assertThat(spark.sql("SELECT t FROM VALUES " + sparkValues + " AS v(t)").collectAsList().stream()
                .map(r -> r.getString(0)).toList()).as("Spark reads the literals as written").isEqualTo(TEXTS);
    }

    /** Values of each declared type whose record-hash text must be the same in both engines: DuckDB literal, Spark literal. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("DOUBLE", "0.1", "0.1D"), Arguments.of("DOUBLE", "1e20", "1e20D"),
                Arguments.of("DOUBLE", "-1.5e-7", "-1.5e-7D"), Arguments.of("DOUBLE", "123456789.125", "123456789.125D"),
                Arguments.of("DOUBLE", "1e7", "1e7D"), Arguments.of("DOUBLE", "100.0", "100.0D"),
                Arguments.of("DOUBLE", "3.141592653589793", "3.141592653589793D"),
                Arguments.of("FLOAT", "CAST(0.1 AS FLOAT)", "CAST(0.1 AS FLOAT)"),
                Arguments.of("DECIMAL(18,3)", "CAST(1.5 AS DECIMAL(18,3))", "CAST(1.5 AS DECIMAL(18,3))"),
                Arguments.of("DECIMAL(19,4)", "CAST(-12345.0001 AS DECIMAL(19,4))", "CAST(-12345.0001 AS DECIMAL(19,4))"),
                Arguments.of("TIMESTAMP", "TIMESTAMP '2024-01-02 03:04:05'", "TIMESTAMP_NTZ '2024-01-02 03:04:05'"),
                Arguments.of("TIMESTAMP", "TIMESTAMP '2024-01-02 03:04:05.5'", "TIMESTAMP_NTZ '2024-01-02 03:04:05.5'"),
                Arguments.of("TIMESTAMP", "TIMESTAMP '2024-01-02 03:04:05.000123'", "TIMESTAMP_NTZ '2024-01-02 03:04:05.000123'"),
                Arguments.of("TIMESTAMPTZ", "TIMESTAMPTZ '2024-07-02 03:04:05+02'", "TIMESTAMP_LTZ '2024-07-02 03:04:05+02:00'"),
                Arguments.of("DATE", "DATE '2024-02-29'", "DATE '2024-02-29'"),
                Arguments.of("BOOLEAN", "true", "true"), Arguments.of("BOOLEAN", "false", "false"),
                Arguments.of("INTEGER", "-42", "-42"), Arguments.of("BIGINT", "9007199254740993", "9007199254740993L"),
                Arguments.of("VARCHAR", "'é ∑'", "'é ∑'"), Arguments.of("BLOB", "'\\xAB\\x00'::BLOB", "X'AB00'"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void aValueHasTheSameTextInTheRecordHashOfBothEngines(String type, String duckLiteral, String sparkLiteral) {
        SqlType declared = SqlType.of(type);
        String duckText = render(Dialect.duckdb(), "<#import \"lib/record.ftl\" as record><@record.valueText c/>",
                Map.of("column", "v", "kind", Dialect.duckdb().textKind(declared).name()));
        String sparkText = render(Dialect.spark(), "<#import \"lib/record.ftl\" as record><@record.valueText c/>",
                Map.of("column", "v", "kind", Dialect.spark().textKind(declared).name()));
        String inSpark = spark.sql("SELECT " + sparkText + " FROM (SELECT CAST(" + sparkLiteral + " AS "
                + Dialect.spark().columnType(declared) + ") AS v)").first().getString(0);
        try (TestDatabase lake = new TestDatabase(TestProjects.load("tiny"))) {
            Object inDuck = lake.value("SELECT " + duckText + " FROM (SELECT CAST(" + duckLiteral + " AS "
                    + Dialect.duckdb().columnType(declared) + ") AS v)");
            assertThat(inSpark).as("%s %s", type, duckLiteral).isEqualTo(inDuck);
        }
    }

    /** Renders a snippet with the dialect's macro libraries; {@code c} is bound to the given map. */
    private static String render(Dialect dialect, String snippet, Map<String, String> c) {
        StringTemplateLoader loader = new StringTemplateLoader();
        for (String lib : List.of("dialect", "record")) {
            String own = dialect.templateDirectory() + "/lib/" + lib + ".ftl";
            String text;
            try {
                text = TemplateRenderer.source(own);
            } catch (IllegalArgumentException e) {
                text = TemplateRenderer.source("sql/lib/" + lib + ".ftl");
            }
            loader.putTemplate("lib/" + lib + ".ftl", text);
        }
        loader.putTemplate("snippet.ftl", snippet);
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(loader);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        StringWriter out = new StringWriter();
        try {
            config.getTemplate("snippet.ftl").process(Map.of("c", c), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (freemarker.template.TemplateException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().strip();
    }
}
