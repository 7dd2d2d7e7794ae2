package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AdventureWorks landed as four loads (each table split in three by a hash of its key, then a
 * fourth load that changes a tenth of the rows and reloads a fifth unchanged), run after each
 * load, equals one full run over all four loads (row count and sum of row hashes per table). Prints
 * the run times per kind.
 */
class AdventureWorksRunIT {

    static final String[] LOADS = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    @TempDir
    Path temp;

    static Path project() {
        return Path.of(System.getProperty("hooklake.aw.project",
                Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString()));
    }

    static Path data() {
        return Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "shared").toString()),
                "data", "adventure-works");
    }

    @Test
    void adventureWorksRunIncrementallyAfterEachOfFourLoadsEqualsOneFullRun() {
        assumeTrue(Files.isDirectory(project()), "AdventureWorks example " + project() + " absent: skipped");
        assumeTrue(Files.isRegularFile(data().resolve("addresses.parquet")),
                "AdventureWorks data " + data() + " absent: skipped");
        Project aw = ProjectLoader.load(project());
        GeneratedProject generated = Fixture.generate(project(), temp.resolve("generated"));

        Lakehouse kept = Lakehouse.open(temp.resolve("kept"));
        for (int load = 1; load <= 4; load++) {
            long start = System.nanoTime();
            land(kept.landing(generated), aw, load);
            double landing = (System.nanoTime() - start) / 1e9;
            RunResult run = kept.run(generated);
            System.out.printf(Locale.ROOT, "AdventureWorks load %d: landed in %.2f s; %s%n", load, landing,
                    PrintingRunListener.summaryLine(run.summary()));
            System.out.println("  seconds per kind: " + perKind(run));
            if (load > 1) {
                assertThat(run.models()).filteredOn(m -> m.kind() == ModelKind.FRAME).extracting(ModelRun::action)
                        .containsOnly(Action.INCREMENTAL);
            }
        }
        assertThat(kept.plan(generated).isNoOp()).isTrue();

        Lakehouse fresh = Lakehouse.open(temp.resolve("fresh"));
        for (int load = 1; load <= 4; load++) {
            land(fresh.landing(generated), aw, load);
        }
        RunResult full = fresh.run(generated);
        System.out.println("AdventureWorks full run over four loads: " + PrintingRunListener.summaryLine(full.summary()));
        System.out.println("  seconds per kind: " + perKind(full));

        // Row count and sum of row hashes per table: EXCEPT ALL over every AdventureWorks table takes minutes.
        assertThat(Databases.digestDifferences(Databases.file(kept), Databases.file(fresh), Fixture.tables(generated)))
                .isEmpty();
        assertThat(full.summary().rows()).isPositive();
    }

    static Map<ModelKind, String> perKind(RunResult run) {
        Map<ModelKind, Double> seconds = new EnumMap<>(ModelKind.class);
        run.models().forEach(m -> seconds.merge(m.kind(), m.seconds(), Double::sum));
        Map<ModelKind, String> printed = new EnumMap<>(ModelKind.class);
        seconds.forEach((k, s) -> printed.put(k, String.format(Locale.ROOT, "%.2f", s)));
        return printed;
    }

    /**
     * Load 1 to 3: the rows whose key hashes to 0, 1 or 2 modulo 3. Load 4: a tenth of the rows
     * with {@code modified_date} a day later (or, in tables without it, a fifth reloaded
     * unchanged), and another fifth reloaded unchanged.
     */
    static void land(Landing landing, Project aw, int load) {
        for (Source source : aw.sources()) {
            for (Table table : source.tables()) {
                String file = data().resolve(table.name().value() + ".parquet").toAbsolutePath().toString().replace("'", "''");
                List<ColumnName> key = table.primaryKey().isEmpty()
                        ? table.payload().stream().map(c -> c.name()).toList() : table.primaryKey();
                String hash = "hash(" + key.stream().map(c -> Dialect.duckdb().quoted(c.value()))
                        .collect(Collectors.joining(", ")) + ")";
                String select;
                if (load <= 3) {
                    select = "SELECT * FROM read_parquet('" + file + "') WHERE " + hash + " % 3 = " + (load - 1);
                } else {
                    boolean modified = table.column(ColumnName.of("modified_date")).isPresent();
                    String changed = modified ? "SELECT * REPLACE (modified_date + INTERVAL 1 DAY AS modified_date)"
                            + " FROM read_parquet('" + file + "') WHERE " + hash + " % 10 = 0 UNION ALL " : "";
                    select = changed + "SELECT * FROM read_parquet('" + file + "') WHERE " + hash + " % 10 IN (1, 2)";
                }
                landing.append(source.name().value(), table.name().value(), LOADS[load - 1], select);
            }
        }
    }
}
