package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelName;
import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.StorageTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AdventureWorks in each table format: two loads (a full run, then an incremental one), every
 * table equal to DuckDB's own tables (row count and sum of row hashes, read through the format's
 * own library). Prints run times and the time spent in table-format commits.
 */
class AdventureWorksFormatsIT {

    @TempDir
    Path temp;

    @Test
    void adventureWorksRunsInEveryTableFormatWithTheSameTables() throws Exception {
        Path project = AdventureWorksRunIT.project();
        assumeTrue(Files.isDirectory(project), "AdventureWorks example " + project + " absent: skipped");
        assumeTrue(Files.isRegularFile(AdventureWorksRunIT.data().resolve("addresses.parquet")),
                "AdventureWorks data " + AdventureWorksRunIT.data() + " absent: skipped");
        Project aw = ProjectLoader.load(project);
        GeneratedProject generated = Fixture.generate(project, temp.resolve("generated"));
        List<ModelName> tables = Fixture.tables(generated);

        Lakehouse duck = Lakehouse.open(temp.resolve("duckdb"));
        runTwoLoads(duck, aw, generated, null);
        for (String name : System.getProperty("hooklake.aw.formats", "parquet,delta,iceberg").split(",")) {
            TableFormat format = TableFormat.fromName(name);
            // DuckDB's tables as the format stores them: the documented type mapping (Delta keeps TIME as text, ...).
            Map<String, String> expected = new TreeMap<>();
            for (ModelName table : tables) {
                expected.put(table.qualified(), Databases.rows(Databases.file(duck), IndependentReader.digestSql(
                        "(" + mapped(duck, table, format) + ")")).get(0));
            }
            Lakehouse lake = Lakehouse.open(temp.resolve(format.configName()), format);
            runTwoLoads(lake, aw, generated, format);
            Map<String, String> actual = new TreeMap<>();
            for (ModelName table : tables) {
                actual.put(table.qualified(), IndependentReader.digest(format, lake.directory(), table));
            }
            assertThat(actual).as(format.configName()).isEqualTo(expected);
        }
    }

    /** A SELECT of {@code table} with every column cast to its storage type in {@code format}. */
    static String mapped(Lakehouse duck, ModelName table, TableFormat format) {
        String relation = "\"" + table.schema() + "\".\"" + table.name() + "\"";
        return "SELECT " + String.join(", ", Databases.rows(Databases.file(duck), "SELECT 'CAST(\"' || column_name"
                + " || '\" AS ' || column_type || ')' FROM (DESCRIBE SELECT * FROM " + relation + ")").stream()
                .map(cast -> {
                    int as = cast.lastIndexOf(" AS ");
                    String column = cast.substring("CAST(\"".length(), as - 1);
                    String type = cast.substring(as + 4, cast.length() - 1);
                    return "CAST(\"" + column + "\" AS " + StorageTypes.storageType(column, type, format) + ") AS \""
                            + column + "\"";
                }).toList()) + " FROM " + relation;
    }

    private static void runTwoLoads(Lakehouse lake, Project aw, GeneratedProject generated, TableFormat format) {
        String name = format == null ? "duckdb" : format.configName();
        for (int load = 1; load <= 2; load++) {
            long start = System.nanoTime();
            AdventureWorksRunIT.land(lake.landing(generated), aw, load);
            double landing = (System.nanoTime() - start) / 1e9;
            double commitsBefore = FileTableStorage.commitSeconds();
            long countBefore = FileTableStorage.commits();
            RunResult run = lake.run(generated);
            double commits = FileTableStorage.commitSeconds() - commitsBefore;
            System.out.printf(Locale.ROOT, "AdventureWorks %s load %d: landed in %.2f s; run %.2f s, of which %.2f s"
                    + " (%.1f%%) in %d table-format commits; %s%n", name, load, landing, run.summary().seconds(), commits,
                    100 * commits / run.summary().seconds(), FileTableStorage.commits() - countBefore,
                    PrintingRunListener.summaryLine(run.summary()));
        }
    }
}
