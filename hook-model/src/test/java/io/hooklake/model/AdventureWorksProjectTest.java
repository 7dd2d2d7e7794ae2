package io.hooklake.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.load.LoadResult;
import io.hooklake.model.load.ProjectLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AdventureWorks example project (all 68 OLTP tables) loads cleanly, and, when the shared
 * AdventureWorks data description is present, matches it: every column, every primary key and a
 * hook for each of the 90 foreign keys that links to the referenced frame's primary hook.
 */
class AdventureWorksProjectTest {

    /** Relative to the hook-model module, where Surefire runs. */
    private static final Path PROJECT = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
    private static final SourceName SOURCE = new SourceName("adventure_works");

    private static LoadResult result;
    private static Project project;

    @BeforeAll
    static void load() {
        result = ProjectLoader.check(PROJECT);
        project = result.project().orElse(null);
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(project).isNotNull();
    }

    @Test
    void hasOneFramePerTableOfTheSource() {
        Source source = project.source(SOURCE).orElseThrow();
        assertThat(source.tables()).hasSize(68);
        assertThat(project.frames()).hasSize(68);
        assertThat(project.frames()).extracting(Frame::table).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(source.tables().stream().map(Table::name).toList());
        assertThat(project.frames()).allSatisfy(frame -> assertThat(frame.primaryHook()).isPresent());
    }

    @Test
    void hasAHookForEachOfTheNinetyForeignKeysThatLinksToAFrame() {
        List<List<KeysetName>> primaries = project.frames().stream().map(this::primaryKeysets).toList();
        long links = project.frames().stream()
                .flatMap(frame -> frame.allHooks().stream().filter(h -> !h.primary())
                        .map(h -> keysets(frame, h)))
                .filter(primaries::contains)
                .count();
        assertThat(links).isGreaterThanOrEqualTo(90);
    }

    @Test
    void tablesHaveTheColumnsOfTheDataDescription() throws IOException {
        Path data = sharedData();
        Map<String, List<String[]>> expected = rows(data.resolve("columns.tsv"), 7).stream()
                .collect(Collectors.groupingBy(row -> row[0]));
        assertThat(expected).hasSize(68);
        Source source = project.source(SOURCE).orElseThrow();
        for (Table table : source.tables()) {
            List<String> actual = table.payload().stream()
                    .map(c -> c.name().value() + " " + c.type().sql() + " " + c.nullable() + " " + c.description())
                    .toList();
            List<String> wanted = expected.getOrDefault(table.name().value(), List.of()).stream()
                    .map(row -> row[1] + " " + row[2] + " " + !row[3].equals("no") + " " + row[6])
                    .toList();
            assertThat(actual).as("columns of %s", table.name()).containsExactlyElementsOf(wanted);
            assertThat(table.loadColumn().value()).isEqualTo("_loaded_at");
        }
    }

    @Test
    void primaryHooksAreOnThePrimaryKeysOfTheDataDescription() throws IOException {
        Path data = sharedData();
        List<String[]> keys = rows(data.resolve("primary_keys.tsv"), 3);
        assertThat(keys).hasSize(68);
        for (String[] key : keys) {
            Frame frame = frameOf(key[0]);
            List<String> columns = Arrays.asList(key[1].split(","));
            assertThat(columns(frame, frame.primaryHook().orElseThrow()))
                    .as("primary hook of %s", key[0]).isEqualTo(columns);
            assertThat(project.table(frame).primaryKey()).extracting(ColumnName::value)
                    .as("primary key of %s", key[0]).isEqualTo(columns);
        }
    }

    @Test
    void everyForeignKeyIsAHookWithTheKeysetsOfTheReferencedPrimaryHook() throws IOException {
        Path data = sharedData();
        List<String[]> foreignKeys = rows(data.resolve("foreign_keys.tsv"), 5);
        assertThat(foreignKeys).hasSize(90);
        List<String> missing = new ArrayList<>();
        for (String[] fk : foreignKeys) {
            Frame child = frameOf(fk[0]);
            Frame parent = frameOf(fk[2]);
            List<String> columns = Arrays.asList(fk[1].split(","));
            List<KeysetName> target = primaryKeysets(parent);
            boolean found = child.allHooks().stream()
                    .filter(h -> !h.primary())
                    .anyMatch(h -> columns(child, h).equals(columns) && keysets(child, h).equals(target));
            if (!found) {
                missing.add(fk[4] + ": " + fk[0] + "(" + fk[1] + ") -> " + fk[2] + " " + target);
            }
        }
        assertThat(missing).as("foreign keys without a linking hook").isEmpty();
    }

    private Frame frameOf(String table) {
        TableName name = new TableName(table);
        return project.frames().stream().filter(f -> f.table().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no frame for table " + table));
    }

    private List<KeysetName> primaryKeysets(Frame frame) {
        return frame.primaryHook().map(h -> keysets(frame, h)).orElse(List.of());
    }

    /** The keyset of a plain hook, or the keysets of a composite hook's parts in order. */
    private static List<KeysetName> keysets(Frame frame, HookDefinition hook) {
        return flatten(frame, hook, Hook::keyset);
    }

    /** The business key column of a plain hook (none for an expression), or of each part. */
    private static List<String> columns(Frame frame, HookDefinition hook) {
        return flatten(frame, hook, h -> h.businessKey() instanceof ValueSource.ColumnRef ref
                ? ref.column().value() : "<expression " + h.name().value() + ">");
    }

    private static <T> List<T> flatten(Frame frame, HookDefinition hook, Function<Hook, T> value) {
        if (hook instanceof Hook plain) {
            return List.of(value.apply(plain));
        }
        CompositeHook composite = (CompositeHook) hook;
        return composite.parts().stream()
                .flatMap(part -> flatten(frame, frame.hook(part).orElseThrow(), value).stream())
                .toList();
    }

    private static Path sharedData() {
        String shared = System.getProperty("hooklake.shared.dir");
        Optional<Path> data = Optional.ofNullable(shared).map(s -> Path.of(s, "data", "adventure-works"))
                .filter(p -> Files.isRegularFile(p.resolve("columns.tsv")));
        Assumptions.assumeTrue(data.isPresent(),
                "AdventureWorks data description (hooklake.shared.dir=" + shared + ") absent: skipped");
        return data.get();
    }

    /** The rows of a TSV file without its header, each with exactly {@code width} fields. */
    private static List<String[]> rows(Path file, int width) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .toList();
        assertThat(rows).as(file.toString()).allSatisfy(row -> assertThat(row).hasSize(width));
        return rows;
    }
}
