package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.CompositeHook;
import io.hooklake.model.Concept;
import io.hooklake.model.ConceptKind;
import io.hooklake.model.ConceptName;
import io.hooklake.model.Event;
import io.hooklake.model.EventName;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Hook;
import io.hooklake.model.HookName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.Keyset;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Naming;
import io.hooklake.model.DataChecks;
import io.hooklake.model.Engine;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.Schemas;
import io.hooklake.model.Source;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    private static final Path DIR = Path.of("src/test/resources/valid/multi-file");
    private static final Path LAKEHOUSE = DIR.resolve("lakehouse.yml");
    private static final Path CUSTOMERS = DIR.resolve("frames/customers.yml");
    private static final Path ORDERS = DIR.resolve("frames/orders.yaml");
    private static final SourceName SHOP = SourceName.of("shop");

    @Test
    void loadsMultiFileProjectWithDefaultsApplied() {
        Project project = ProjectLoader.load(DIR);

        assertThat(project).usingRecursiveComparison().isEqualTo(expectedProject());
    }

    @Test
    void checkOfValidProjectHasNoDiagnostics() {
        LoadResult result = ProjectLoader.check(DIR);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.project()).contains(expectedProject());
    }

    @Test
    void readsAFileLargerThanSnakeYamlsDefaultLimitOfThreeMebibytes(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("project:\n  name: big\nsources:\n  - name: erp\n    tables:\n");
        int tables = 0;
        while (yaml.length() < 3_300_000) {
            yaml.append("      - name: table_").append(tables++).append("\n        columns:\n");
            for (int c = 0; c < 20; c++) {
                yaml.append("          - { name: column_").append(c).append(", type: VARCHAR, description: \"a column\" }\n");
            }
        }
        Files.writeString(dir.resolve("lakehouse.yml"), yaml);

        LoadResult result = ProjectLoader.check(dir);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().orElseThrow().sources().get(0).tables()).hasSize(tables);
    }

    @Test
    void pointInTimeHooksAreCompactUnlessTheProjectSaysLikeHooks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n");
        assertThat(ProjectLoader.load(dir).settings().pointInTimeHooks()).isEqualTo(PointInTimeHooks.COMPACT);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  point_in_time_hooks: like_hooks\n");
        assertThat(ProjectLoader.load(dir).settings().pointInTimeHooks()).isEqualTo(PointInTimeHooks.LIKE_HOOKS);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  point_in_time_hooks: compakt\n");
        assertThat(ProjectLoader.check(dir).diagnostics()).extracting(Object::toString).containsExactly(
                dir.resolve("lakehouse.yml") + ":3:24: error LH105: 'compakt' is not a valid point_in_time_hooks of"
                        + " project: expected one of compact, like_hooks (did you mean 'compact'?)");
    }

    @Test
    void theEngineIsDuckDbUnlessTheProjectSaysSpark(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n");
        assertThat(ProjectLoader.load(dir).settings().engine()).isEqualTo(Engine.DUCKDB);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  engine: spark\n");
        assertThat(ProjectLoader.load(dir).settings().engine()).isEqualTo(Engine.SPARK);
        assertThat(ProjectLoader.load(dir).settings().withPointInTimeHooks(PointInTimeHooks.LIKE_HOOKS).engine())
                .isEqualTo(Engine.SPARK);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  engine: DuckDB\n");
        assertThat(ProjectLoader.check(dir).diagnostics()).extracting(Object::toString).containsExactly(
                dir.resolve("lakehouse.yml") + ":3:11: error LH130: 'DuckDB' is not an engine Hooklake generates SQL for:"
                        + " expected duckdb or spark (write it in lower case: 'duckdb')");
    }

    @Test
    void dataChecksWarnUnlessTheProjectSaysFailAndABadValueIsLocated(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n");
        assertThat(ProjectLoader.load(dir).settings().dataChecks()).isEqualTo(DataChecks.WARN);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  data_checks: fail\n");
        assertThat(ProjectLoader.load(dir).settings().dataChecks()).isEqualTo(DataChecks.FAIL);

        Files.writeString(dir.resolve("lakehouse.yml"), "project:\n  name: p\n  data_checks: strict\n");
        assertThat(ProjectLoader.check(dir).diagnostics()).extracting(Object::toString).containsExactly(
                dir.resolve("lakehouse.yml") + ":3:16: error LH105: 'strict' is not a valid data_checks of"
                        + " project: expected one of warn, fail");
    }

    @Test
    void missingFolderIsADiagnosticNotAnException() {
        LoadResult result = ProjectLoader.check(Path.of("src/test/resources/no-such-folder"));

        assertThat(result.project()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "src/test/resources/no-such-folder: error LH122: project folder does not exist or is not a folder");
    }

    @Test
    void loadThrowsWithEveryDiagnosticWhenThereIsAnError() {
        assertThatThrownBy(() -> ProjectLoader.load(Path.of("src/test/resources/no-such-folder")))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROJECT_FOLDER);
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.getMessage()).isEqualTo("The lakehouse project has 1 error:\n"
                            + "src/test/resources/no-such-folder: error LH122: project folder does not exist or is not a folder");
                });
    }

    @Test
    void aliasStandsForItsAnchoredValueAndMergeKeyLetsAMappingOverrideIt() {
        Path dir = Path.of("src/test/resources/valid/anchors");
        Path file = dir.resolve("lakehouse.yml");

        Project project = ProjectLoader.load(dir);

        Table orders = project.table(SHOP, TableName.of("orders")).orElseThrow();
        assertThat(orders.columns()).extracting(c -> c.name().value(), Column::location).containsExactly(
                tuple("id", at(file, 8, 13)),
                tuple("customer_id", at(file, 13, 13)),
                tuple("changed_on", at(file, 9, 13)),
                tuple("_loaded_at", at(file, 10, 9)));
        Frame frame = project.frame(FrameName.of("shop__orders")).orElseThrow();
        assertThat(frame.hooks()).extracting(Hook::name, Hook::businessKey, Hook::primary).containsExactly(
                tuple(HookName.of("_hook__order"), new ValueSource.ColumnRef(ColumnName.of("id")), true),
                tuple(HookName.of("_hook__customer"), new ValueSource.ColumnRef(ColumnName.of("customer_id")), false));
    }

    @Test
    void aliasWithoutAnchorIsASyntaxError() {
        LoadResult result = ProjectLoader.check(Path.of("src/test/resources/invalid/unknown-alias"));

        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "src/test/resources/invalid/unknown-alias/lakehouse.yml:8:13: error LH100: YAML syntax error: unknown alias '*id'");
    }

    private static Project expectedProject() {
        ProjectSettings settings = new ProjectSettings(ProjectName.of("shop"),
                new Schemas("das", "dab", "dar__stage", "dar"), Naming.DEFAULT, HookStorage.TEXT, false);
        Table customers = new Table(SHOP, TableName.of("customers"), "People who bought something.", List.of(
                column("customer_id", "BIGINT", false, at(LAKEHOUSE, 15, 13)),
                column("name", "VARCHAR", true, at(LAKEHOUSE, 18, 13)),
                column("signed_up", "DATE", true, at(LAKEHOUSE, 20, 13)),
                new Column(ColumnName.of("_loaded_at"), SqlType.of("TIMESTAMP"), false, "When the row was loaded.",
                        at(LAKEHOUSE, 11, 9))),
                ColumnName.of("_loaded_at"), List.of(ColumnName.of("customer_id")), at(LAKEHOUSE, 11, 9));
        Table orders = new Table(SHOP, TableName.of("orders"), "", List.of(
                column("order_id", "BIGINT", false, at(LAKEHOUSE, 25, 13)),
                column("customer_id", "BIGINT", true, at(LAKEHOUSE, 28, 13)),
                column("ordered_at", "TIMESTAMP", true, at(LAKEHOUSE, 30, 13)),
                column("_dlt_load_id", "VARCHAR", false, at(LAKEHOUSE, 32, 13))),
                ColumnName.of("_dlt_load_id"), List.of(), at(LAKEHOUSE, 22, 9));
        Source source = new Source(SHOP, "The web shop's database.", List.of(customers, orders), at(LAKEHOUSE, 8, 5));
        List<Concept> concepts = List.of(
                new Concept(ConceptName.of("customer"), ConceptKind.CORE, "Someone who buys.", List.of(), at(LAKEHOUSE, 37, 5)),
                new Concept(ConceptName.of("order"), ConceptKind.CORE, "", List.of("web", "phone"), at(LAKEHOUSE, 39, 5)));
        List<Keyset> keysets = List.of(
                new Keyset(KeysetName.of("customer__shop"), ConceptName.of("customer"), Optional.empty(), SHOP, "",
                        at(LAKEHOUSE, 44, 5)),
                new Keyset(KeysetName.of("order__shop"), ConceptName.of("order"), Optional.empty(), SHOP, "",
                        at(LAKEHOUSE, 46, 5)));
        Frame customerFrame = new Frame(FrameName.of("shop__customers"), SHOP, TableName.of("customers"), "customer",
                "People who bought something.", List.of(ColumnName.of("customer_id")),
                List.of(new Hook(HookName.of("_hook__customer"), KeysetName.of("customer__shop"),
                        new ValueSource.ColumnRef(ColumnName.of("customer_id")), true, Optional.empty(), at(CUSTOMERS, 5, 9))),
                List.of(), List.of(), at(CUSTOMERS, 2, 5));
        Frame orderFrame = new Frame(FrameName.of("shop_orders"), SHOP, TableName.of("orders"), "order",
                "Orders placed.", List.of(ColumnName.of("order_id")),
                List.of(new Hook(HookName.of("_hook__order"), KeysetName.of("order__shop"),
                                new ValueSource.ColumnRef(ColumnName.of("order_id")), true, Optional.empty(), at(ORDERS, 7, 9)),
                        new Hook(HookName.of("_hook__customer__buyer"), KeysetName.of("customer__shop"),
                                new ValueSource.ColumnRef(ColumnName.of("customer_id")), false, Optional.of("buyer"),
                                at(ORDERS, 10, 9))),
                List.of(new CompositeHook(HookName.of("_hook__order__customer"),
                        List.of(HookName.of("_hook__order"), HookName.of("_hook__customer__buyer")), false, at(ORDERS, 14, 9))),
                List.of(new Event(EventName.of("placed"), new ValueSource.ColumnRef(ColumnName.of("ordered_at")), at(ORDERS, 17, 9)),
                        new Event(EventName.of("placed_day"), new ValueSource.SqlExpression("CAST(ordered_at AS DATE)", at(ORDERS, 20, 21)),
                                at(ORDERS, 19, 9))),
                at(ORDERS, 2, 5));
        return new Project(settings, List.of(source), concepts, keysets, List.of(customerFrame, orderFrame));
    }

    private static Column column(String name, String type, boolean nullable, Location location) {
        return new Column(ColumnName.of(name), SqlType.of(type), nullable, "", location);
    }

    private static Location at(Path file, int line, int column) {
        return new Location(file, line, column);
    }
}
