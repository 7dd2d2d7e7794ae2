package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered SQL of every model of small projects, compared as a whole directory with
 * {@code src/test/resources/golden/<project>/<schema>.<model>.sql} (missing, extra, changed), and
 * for incremental models their affected-entities and rows-for-entities statements
 * ({@code <schema>.<model>.affected.sql}, {@code <schema>.<model>.rows.sql}).
 * Run with {@code -Dhooklake.updateGolden=true} to rewrite the files (refused when {@code CI=true}).
 */
class GoldenSqlTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> projects() {
        return Stream.of(
                Arguments.of("geo", (Consumer<TestDatabase>) Loads::geo),
                Arguments.of("org", (Consumer<TestDatabase>) Loads::org));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void renderedSqlEqualsTheGoldenFilesAndRunsOnDuckDb(String name, Consumer<TestDatabase> loads) throws IOException {
        Project project = TestProjects.load(name);
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        Map<String, String> rendered = new TreeMap<>();
        for (Model model : set.models()) {
            rendered.put(model.name().qualified() + ".sql", model.sql());
            model.incremental().ifPresent(inc -> {
                rendered.put(model.name().qualified() + ".affected.sql", inc.affectedEntities());
                rendered.put(model.name().qualified() + ".rows.sql", inc.rowsForEntities());
            });
        }
        Path dir = GOLDEN.resolve(name);
        if (Boolean.getBoolean("hooklake.updateGolden")) {
            assertThat(System.getenv("CI")).as("golden files are never updated when CI=true").isNotEqualToIgnoringCase("true");
            update(dir, rendered);
        }
        Map<String, String> expected = read(dir);
        TreeSet<String> missing = new TreeSet<>(rendered.keySet());
        missing.removeAll(expected.keySet());
        TreeSet<String> extra = new TreeSet<>(expected.keySet());
        extra.removeAll(rendered.keySet());
        assertThat(missing).as("rendered models without a golden file in %s", dir).isEmpty();
        assertThat(extra).as("golden files in %s without a rendered model", dir).isEmpty();
        rendered.forEach((file, sql) -> assertThat(sql).as("%s/%s", dir, file).isEqualTo(expected.get(file)));

        try (TestDatabase lake = new TestDatabase(project)) {
            loads.accept(lake);
            lake.create(set);
        }
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".sql")).forEach(p -> files.put(p.getFileName().toString(), text(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(Path dir, Map<String, String> rendered) throws IOException {
        Files.createDirectories(dir);
        for (String stale : read(dir).keySet()) {
            if (!rendered.containsKey(stale)) {
                Files.delete(dir.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
