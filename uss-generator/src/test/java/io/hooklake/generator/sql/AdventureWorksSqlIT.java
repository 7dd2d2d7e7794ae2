package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Builds every model of the AdventureWorks example and runs them on DuckDB over the shared
 * Parquet files, each file landed as one load. Skips when the example or the data is absent.
 * The example is found at {@code hooklake.aw.project} (default: the repository's
 * {@code examples/adventure-works/src/main/lakehouse}).
 */
class AdventureWorksSqlIT {

    @Test
    void everyAdventureWorksModelRunsOnTheSharedDataWithItsDeclaredColumns() {
        Path project = Path.of(System.getProperty("hooklake.aw.project",
                Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString()));
        Path data = Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "shared").toString()),
                "data", "adventure-works");
        assumeTrue(Files.isDirectory(project), "AdventureWorks example " + project + " absent: skipped");
        assumeTrue(Files.isRegularFile(data.resolve("addresses.parquet")), "AdventureWorks data " + data + " absent: skipped");

        Project aw = ProjectLoader.load(project);
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(aw);
        Map<ModelKind, Long> kinds = new EnumMap<>(ModelKind.class);
        set.models().forEach(m -> kinds.merge(m.kind(), 1L, Long::sum));
        System.out.println("AdventureWorks models per kind: " + kinds + ", total " + set.models().size());
        System.out.println("AdventureWorks references: " + set.references().size() + " ("
                + set.references().stream().filter(r -> !r.cascaded()).count() + " not cascaded); diagnostics by code: "
                + set.diagnostics().stream().collect(Collectors.groupingBy(d -> d.code(), TreeMap::new, Collectors.counting())));
        set.diagnostics().forEach(d -> System.out.println("  " + d));
        assertThat(kinds.get(ModelKind.FRAME)).isEqualTo(aw.frames().size());

        NamingStrategy naming = new NamingStrategy(aw.settings());
        try (DuckDbLakehouse lake = new DuckDbLakehouse(aw)) {
            land(aw, naming, data, lake, "TIMESTAMP '2024-01-01 00:00:00'");
            Map<ModelKind, Long> millis = new EnumMap<>(ModelKind.class);
            Map<String, Long> perModel = new TreeMap<>();
            for (Model model : DuckDbLakehouse.inDagOrder(set.models())) {
                long start = System.nanoTime();
                lake.create(model);
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                millis.merge(model.kind(), elapsed, Long::sum);
                perModel.put(model.name().qualified(), elapsed);
            }
            System.out.println("AdventureWorks milliseconds to create, per kind: " + millis);
            System.out.println("AdventureWorks slowest models (ms): " + perModel.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).toList());
            Map<String, Long> rowsPerLayer = new TreeMap<>();
            for (Model model : set.models()) {
                List<String> declared = model.columns().stream().map(c -> c.name() + " " + c.type()).toList();
                assertThat(lake.describe(model.name())).as("columns of %s", model.name()).isEqualTo(declared);
                long rows = lake.count("SELECT * FROM " + lake.relation(model.name()));
                rowsPerLayer.merge(model.name().schema() + " " + model.kind(), rows, Long::sum);
                if (!model.grain().isEmpty()) {
                    String grain = String.join(", ", model.grain());
                    assertThat(lake.count("SELECT " + grain + " FROM " + lake.relation(model.name()) + " GROUP BY "
                            + grain + " HAVING count(*) > 1")).as("grain of %s", model.name()).isZero();
                }
            }
            System.out.println("AdventureWorks rows per layer: " + rowsPerLayer);
            // The same files landed again as a second load: an unchanged reload makes no version.
            land(aw, naming, data, lake, "TIMESTAMP '2024-02-01 00:00:00'");
            for (Model frame : set.models()) {
                if (frame.kind() == ModelKind.FRAME) {
                    long before = lake.count("SELECT * FROM " + lake.relation(frame.name()));
                    lake.create(frame);
                    assertThat(lake.count("SELECT * FROM " + lake.relation(frame.name())))
                            .as("versions of %s after an unchanged reload", frame.name()).isEqualTo(before);
                }
            }
            System.out.println("AdventureWorks calendar: " + lake.rows("SELECT min(calendar__date) AS first,"
                    + " max(calendar__date) AS last FROM " + lake.relation(naming.calendar())));
            assertThat(rowsPerLayer.values()).allMatch(n -> n > 0);
        }
    }

    /** Lands every Parquet file as one load at {@code loadedAt}. */
    static void land(Project aw, NamingStrategy naming, Path data, DuckDbLakehouse lake, String loadedAt) {
        for (Source source : aw.sources()) {
            for (Table table : source.tables()) {
                Path file = data.resolve(table.name().value() + ".parquet");
                String columns = table.columns().stream().filter(c -> !c.name().equals(table.loadColumn()))
                        .map(c -> Dialect.duckdb().quoted(c.name().value())).collect(Collectors.joining(", "));
                lake.execute("INSERT INTO " + lake.relation(naming.landing(table)) + " (" + columns + ", "
                        + Dialect.duckdb().quoted(table.loadColumn().value()) + ") SELECT " + columns + ", " + loadedAt
                        + " FROM read_parquet('" + file.toString().replace("'", "''") + "')");
            }
        }
    }
}
