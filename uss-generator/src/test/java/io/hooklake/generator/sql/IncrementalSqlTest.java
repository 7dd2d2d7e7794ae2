package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental statements as the runtime and the SQL check see them, for every project and hook
 * storage. A frame's affected entities also read the frame itself (its current versions, before
 * the run changes them), to leave unchanged reloads out.
 */
class IncrementalSqlTest {

    @ParameterizedTest
    @ValueSource(strings = {"geo", "org", "retail", "keys"})
    void incrementalStatementsParseTakeTwoParametersAndReadTheUpstreamAndTheAffectedRelation(String name)
            throws Exception {
        for (HookStorage storage : HookStorage.values()) {
            Project project = TestProjects.withStorage(TestProjects.load(name), storage);
            ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
            NamingStrategy naming = new NamingStrategy(project.settings());
            for (Model model : set.models()) {
                assertThat(model.incremental().isPresent()).as("incremental SQL of %s", model.name())
                        .isEqualTo(model.materialization() == Materialization.INCREMENTAL);
                if (model.incremental().isEmpty()) {
                    continue;
                }
                assertThat(model.kind()).isIn(ModelKind.FRAME, ModelKind.BRIDGE, ModelKind.EVENT_BRIDGE);
                IncrementalSql sql = model.incremental().get();
                assertThat(model.columns().stream().map(ModelColumn::name)).as("columns of %s", model.name())
                        .contains(sql.entityColumn());
                TreeSet<String> upstream = model.upstream().stream().map(ModelName::qualified)
                        .collect(Collectors.toCollection(TreeSet::new));
                String affected = naming.affected(model.name()).qualified();

                assertThat(CCJSqlParserUtil.parse(sql.affectedEntities())).isNotNull();
                assertThat(parameters(sql.affectedEntities())).as("parameters of %s's affected entities", model.name())
                        .isEqualTo(2);
                TreeSet<String> readable = new TreeSet<>(upstream);
                if (model.kind() == ModelKind.FRAME) {
                    readable.add(model.name().qualified());
                }
                assertThat(read(sql.affectedEntities())).as("relations read by %s's affected entities", model.name())
                        .isNotEmpty().isSubsetOf(readable);

                assertThat(CCJSqlParserUtil.parse(sql.rowsForEntities())).isNotNull();
                assertThat(parameters(sql.rowsForEntities())).isZero();
                TreeSet<String> expected = new TreeSet<>(upstream);
                expected.add(affected);
                assertThat(read(sql.rowsForEntities())).as("relations read by %s's rows for entities", model.name())
                        .isEqualTo(expected);
                assertThat(sql.rowsForEntities()).endsWith("\n").doesNotContain("${");
                assertThat(sql.affectedEntities()).endsWith("\n").doesNotContain("${");
            }
        }
    }

    private static TreeSet<String> read(String sql) throws Exception {
        TreeSet<String> read = new TreeSet<>(TablesNamesFinder.findTables(sql));
        read.removeIf(name -> !name.contains("."));
        return read;
    }

    /** JDBC parameters: question marks outside string literals and quoted identifiers. */
    private static int parameters(String sql) {
        int count = 0;
        char quote = 0;
        for (char c : sql.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                count++;
            }
        }
        return count;
    }
}
