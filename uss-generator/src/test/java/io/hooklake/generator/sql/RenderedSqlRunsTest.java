package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderedSqlRunsTest {

    static Stream<Arguments> projects() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (HookStorage storage : HookStorage.values()) {
            all.add(Arguments.of("geo", storage, (Consumer<TestDatabase>) Loads::geo));
            all.add(Arguments.of("org", storage, (Consumer<TestDatabase>) Loads::org));
            all.add(Arguments.of("retail", storage, (Consumer<TestDatabase>) Loads::retail));
            all.add(Arguments.of("keys", storage, (Consumer<TestDatabase>) Loads::keys));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} with {1} hooks")
    @MethodSource("projects")
    void everyModelRunsAndProducesExactlyItsDeclaredColumns(String name, HookStorage storage,
            Consumer<TestDatabase> loads) {
        Project project = TestProjects.withStorage(TestProjects.load(name), storage);
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        try (TestDatabase lake = new TestDatabase(project)) {
            loads.accept(lake);
            lake.create(set);
            for (Model model : set.models()) {
                List<String> declared = model.columns().stream().map(c -> c.name() + " " + c.type()).toList();
                assertThat(lake.describe(model.name())).as("columns of %s", model.name()).isEqualTo(declared);
            }
            long checked = 0;
            for (Model model : set.models()) {
                if (model.dataCheck().isEmpty()) {
                    continue;
                }
                try (java.sql.PreparedStatement check = lake.connection().prepareStatement(model.dataCheck().get())) {
                    check.setString(1, null);
                    check.setString(2, "9999-12-31 00:00:00");
                    try (java.sql.ResultSet rs = check.executeQuery()) {
                        assertThat(rs.next()).as("data check of %s", model.name()).isTrue();
                        assertThat(rs.getMetaData().getColumnCount()).isEqualTo(5);
                        assertThat(rs.getLong(1)).as("duplicate keys of %s", model.name()).isGreaterThanOrEqualTo(0);
                        assertThat(rs.next()).isFalse();
                    }
                } catch (java.sql.SQLException e) {
                    throw new AssertionError("data check of " + model.name() + ": " + e.getMessage(), e);
                }
                checked++;
            }
            assertThat(checked).as("frames with data checks").isEqualTo(project.frames().size());
        }
    }
}
