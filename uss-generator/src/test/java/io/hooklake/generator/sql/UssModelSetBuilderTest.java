package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UssModelSetBuilderTest {

    private final UssModelSetBuilder builder = new UssModelSetBuilder(Dialect.duckdb());

    @Test
    void buildsRawFrameBridgeEventBridgeAndPeripheralPerFramePlusUnifiedBridgeCalendarAndMetrics() {
        ModelSet set = builder.build(TestProjects.load("geo"));
        Map<ModelKind, Long> counts = set.models().stream().collect(Collectors.groupingBy(Model::kind, Collectors.counting()));
        // geo declares no metrics: one count per event, and only orders have events (order_date, ship_date, due).
        assertThat(counts).containsOnly(Map.entry(ModelKind.RAW, 4L), Map.entry(ModelKind.FRAME, 4L),
                Map.entry(ModelKind.BRIDGE, 4L), Map.entry(ModelKind.EVENT_BRIDGE, 4L),
                Map.entry(ModelKind.PERIPHERAL, 4L), Map.entry(ModelKind.UNIFIED_BRIDGE, 1L),
                Map.entry(ModelKind.CALENDAR, 1L), Map.entry(ModelKind.METRIC, 3L));
        assertThat(set.models()).extracting(m -> m.name().qualified()).contains("das.raw__geo__orders",
                "dab.frame__geo__orders", "dar__staging.bridge__geo__orders", "dar__staging.event__geo__orders",
                "dar.geo__orders", "dar._bridge__as_of", "dar.calendar", "dar.metric__geo__orders__order_date",
                "dar.metric__geo__orders__ship_date", "dar.metric__geo__orders__due");
    }

    @Test
    void materializationAndGrainFollowTheModelKind() {
        for (Model model : builder.build(TestProjects.load("geo")).models()) {
            Materialization expected = switch (model.kind()) {
                case RAW, PERIPHERAL, UNIFIED_BRIDGE -> Materialization.VIEW;
                case CALENDAR, METRIC -> Materialization.TABLE;
                default -> Materialization.INCREMENTAL;
            };
            assertThat(model.materialization()).as("%s", model.name()).isEqualTo(expected);
            switch (model.kind()) {
                case RAW, UNIFIED_BRIDGE -> assertThat(model.grain()).isEmpty();
                case BRIDGE, EVENT_BRIDGE -> assertThat(model.grain()).containsExactly("_pit_hook__bridge");
                case CALENDAR -> assertThat(model.grain()).containsExactly("_hook__epoch__date");
                case METRIC -> assertThat(model.grain()).containsExactly("metric__date");
                default -> assertThat(model.grain()).singleElement().asString().startsWith("_pit_hook__");
            }
            assertThat(model.origin().isPresent()).isEqualTo(
                    model.kind() != ModelKind.UNIFIED_BRIDGE && model.kind() != ModelKind.CALENDAR);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"geo", "org", "retail", "keys"})
    void everyStatementParsesAndReadsExactlyItsUpstream(String project) throws Exception {
        for (HookStorage storage : HookStorage.values()) {
            assertParsesAndReadsUpstream(builder.build(TestProjects.withStorage(TestProjects.load(project), storage)));
        }
    }

    private static void assertParsesAndReadsUpstream(ModelSet set) throws Exception {
        for (Model model : set.models()) {
            Statement statement = CCJSqlParserUtil.parse(model.sql());
            TreeSet<String> read = new TreeSet<>(TablesNamesFinder.findTables(model.sql()));
            read.removeIf(name -> !name.contains("."));
            assertThat(read).as("relations read by %s", model.name())
                    .isEqualTo(model.upstream().stream().map(ModelName::qualified).collect(Collectors.toCollection(TreeSet::new)));
            assertThat(statement).isNotNull();
            assertThat(model.upstream()).isSorted();
        }
    }

    @Test
    void sqlIsDeterministicWithLineFeedsAndOneFinalNewline() {
        ModelSet first = builder.build(TestProjects.load("geo"));
        ModelSet second = new UssModelSetBuilder(Dialect.duckdb()).build(TestProjects.load("geo"));
        assertThat(second).isEqualTo(first);
        for (Model model : first.models()) {
            assertThat(model.sql()).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n")
                    .doesNotContain(" \n").doesNotContain("${");
        }
        assertThat(first.models()).isSortedAccordingTo(java.util.Comparator.comparing(Model::name));
    }

    @Test
    void templatesListTheModelTemplateAndEveryMacroLibraryItImports() {
        Map<ModelKind, Model> byKind = builder.build(TestProjects.load("geo")).models().stream()
                .collect(Collectors.toMap(Model::kind, Function.identity(), (a, b) -> a));
        assertThat(byKind.get(ModelKind.FRAME).templates()).containsExactly("duckdb/lib/dialect.ftl", "sql/audit.ftl", "sql/frame.ftl",
                "sql/kept.ftl", "sql/lib/hook.ftl", "sql/lib/incremental.ftl", "sql/lib/record.ftl",
                "sql/lib/validity.ftl");
        assertThat(byKind.get(ModelKind.PERIPHERAL).templates()).containsExactly("duckdb/lib/dialect.ftl", "sql/lib/ghost.ftl",
                "sql/lib/hook.ftl", "sql/lib/validity.ftl", "sql/peripheral.ftl");
        assertThat(byKind.get(ModelKind.BRIDGE).templates()).containsExactly("duckdb/lib/dialect.ftl", "sql/audit.ftl", "sql/bridge.ftl",
                "sql/kept.ftl", "sql/lib/asof.ftl", "sql/lib/hook.ftl", "sql/lib/incremental.ftl",
                "sql/lib/validity.ftl");
        for (Model model : byKind.values()) {
            model.templates().forEach(t -> assertThat(TemplateRenderer.source(t)).isNotBlank());
        }
    }

    @Test
    void aModelWithTwoColumnsOfOneNameIsReportedAsAnError() {
        Project geo = TestProjects.load("geo");
        Frame orders = geo.frame(FrameName.of("geo__orders")).orElseThrow();
        Frame clashing = new Frame(orders.name(), orders.source(), orders.table(), "_hook", orders.description(),
                orders.grain(), orders.hooks(), orders.compositeHooks(), orders.events(), orders.location());
        Table table = geo.table(orders);
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(new Column(ColumnName.of("order"), SqlType.of("VARCHAR"), true, "", table.location()));
        Table wider = new Table(table.source(), table.name(), table.description(), columns, table.loadColumn(),
                table.primaryKey(), table.location());
        Source source = geo.sources().get(0);
        Source changed = new Source(source.name(), source.description(),
                source.tables().stream().map(t -> t.name().equals(table.name()) ? wider : t).toList(), source.location());
        Project project = new Project(geo.settings(), List.of(changed), geo.concepts(), geo.keysets(),
                geo.frames().stream().map(f -> f.name().equals(orders.name()) ? clashing : f).toList());
        assertThat(builder.build(project).diagnostics()).filteredOn(d -> d.code() == ErrorCode.DUPLICATE_COLUMN)
                .extracting(Diagnostic::isError, d -> d.message())
                .contains(org.assertj.core.groups.Tuple.tuple(true,
                        "model 'dab.frame__geo__orders' would have two columns named '_hook__order'"));
        assertThat(builder.build(geo).diagnostics()).extracting(d -> d.code().code()).doesNotContain("LH206");
    }

    @Test
    void sourceColumnNamesAreQuotedEvenWhenTheyAreReservedWords() {
        Model raw = builder.build(TestProjects.load("geo")).models().stream()
                .filter(m -> m.name().name().equals("raw__geo__addresses")).findFirst().orElseThrow();
        assertThat(raw.sql()).contains("CAST(\"primary\" AS BOOLEAN) AS \"primary\"");
    }
}
