package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.ColumnName;
import io.hooklake.model.Frame;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a project written from the shared AdventureWorks column list (68 tables, their DuckDB
 * types, primary and foreign keys), one YAML file per frame: every type the data uses is
 * accepted, and every frame's grain is its table's primary key.
 */
class SharedAdventureWorksSchemaTest {

    @TempDir
    static Path dir;

    private static Map<String, List<String[]>> columns;
    private static Map<String, List<String>> primaryKeys;
    private static LoadResult result;

    @BeforeAll
    static void writeProject() throws IOException {
        Path data = Path.of(System.getProperty("hooklake.shared.dir", "../shared"), "data/adventure-works");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("columns.tsv")),
                "shared AdventureWorks data at " + data + " absent: skipped");
        columns = new LinkedHashMap<>();
        rows(data.resolve("columns.tsv")).forEach(r -> columns.computeIfAbsent(r[0], t -> new ArrayList<>()).add(r));
        primaryKeys = new TreeMap<>();
        rows(data.resolve("primary_keys.tsv")).forEach(r -> primaryKeys.put(r[0], Arrays.asList(r[1].split(","))));
        List<String[]> foreignKeys = rows(data.resolve("foreign_keys.tsv"));

        StringBuilder main = new StringBuilder("project:\n  name: adventure_works\nsources:\n  - name: adventure_works\n    tables:\n");
        columns.forEach((table, cols) -> {
            main.append("      - name: ").append(table).append("\n        columns:\n");
            for (String[] c : cols) {
                main.append("          - name: ").append(c[1]).append("\n            type: ").append(c[2])
                        .append("\n            nullable: ").append(!c[3].equals("no")).append('\n');
            }
        });
        main.append("concepts:\n");
        singleKeyed().forEach(t -> main.append("  - name: ").append(t).append('\n'));
        main.append("keysets:\n");
        singleKeyed().forEach(t -> main.append("  - concept: ").append(t).append("\n    source: adventure_works\n"));
        Files.writeString(dir.resolve("lakehouse.yml"), main.toString());

        Files.createDirectories(dir.resolve("frames"));
        for (String table : columns.keySet()) {
            List<String> key = primaryKeys.get(table);
            StringBuilder frame = new StringBuilder("frames:\n  - table: ").append(table).append("\n    prefix: ")
                    .append(table).append('\n');
            if (key.size() > 1) {
                frame.append("    grain: [").append(String.join(", ", key)).append("]\n");
            }
            frame.append("    hooks:\n");
            if (key.size() == 1) {
                frame.append("      - keyset: ").append(table).append("__adventure_works\n        business_key: ")
                        .append(key.get(0)).append("\n        primary: true\n");
            }
            for (String[] fk : foreignKeys) {
                if (fk[0].equals(table) && !fk[1].contains(",") && singleKeyed().contains(fk[2])) {
                    frame.append("      - keyset: ").append(fk[2]).append("__adventure_works\n        business_key: ")
                            .append(fk[1]).append("\n        role: ").append(fk[1]).append('\n');
                }
            }
            Files.writeString(dir.resolve("frames/" + table + ".yml"), frame.toString());
        }
        result = ProjectLoader.check(dir);
    }

    @Test
    void loadsWithoutDiagnostics() {
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
    }

    @Test
    void hasAFramePerTableWithItsPrimaryKeyAsGrain() {
        Project project = result.project().orElseThrow();

        assertThat(project.frames()).hasSize(columns.size()).hasSize(68);
        for (Frame frame : project.frames()) {
            assertThat(frame.grain()).as(frame.name().value())
                    .containsExactlyElementsOf(primaryKeys.get(frame.table().value()).stream().map(ColumnName::of).toList());
        }
    }

    @Test
    void keepsEveryColumnAndAddsTheLoadColumn() {
        Project project = result.project().orElseThrow();

        int declared = columns.values().stream().mapToInt(List::size).sum();
        int loaded = project.sources().get(0).tables().stream().mapToInt(t -> t.columns().size()).sum();
        assertThat(loaded).isEqualTo(declared + 68);
    }

    private static List<String> singleKeyed() {
        return primaryKeys.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).toList();
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
}
