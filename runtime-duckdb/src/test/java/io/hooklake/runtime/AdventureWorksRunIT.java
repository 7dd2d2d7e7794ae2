package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.StorageTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import io.hooklake.testing.HeadlessChromium;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * AdventureWorks, the shared data, run after each of four loads; every run's tables are checked
 * against another way of building them (row count and sum of row hashes per table):
 * <ul>
 * <li>loads 1 and 2 split each table in two by a hash of its key (so that many rows arrive before
 * the rows they refer to); load 3 changes a tenth of the rows and reloads a fifth unchanged; load 4
 * brings a 1% change of five tables only, so that the other 63 tables have no new load. After all
 * four, one full run over the four loads in a fresh lakehouse equals the lakehouse kept
 * incrementally.</li>
 * <li>after load 1 every model has its declared columns; in load 3, the tables whose rows are only
 * reloaded unchanged make no new version; after load 2 (every row of the data in) the dashboard's
 * numbers equal the same questions asked of the raw files, and its page works in headless
 * Chromium ({@link AdventureWorksDashboard}).</li>
 * <li>in each table format (Parquet, Delta, Iceberg), a full run over a sample of the data (tables
 * under 1,000 rows whole, a twentieth of larger ones) equals DuckDB's own tables over the same
 * sample, read through the format's own library and mapped to the format's
 * storage types: every AdventureWorks column type through every format. (Incremental commits in
 * each format are checked over four loads of the geo fixture, {@code FormatRoundTripTest}.)</li>
 * </ul>
 * One class, so that the project is generated once.
 * Prints the run times per kind and the time spent in table-format commits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdventureWorksRunIT {

    static final String[] LOADS = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00",
        "2024-04-01 00:00:00"};

    /** The sample {@link #land} lands in place of a load: tables under 1,000 rows whole, a twentieth of larger ones. */
    static final int SAMPLE = 0;

    /** The tables load 4 changes. */
    private static final Set<String> SPARSE = Set.of("addresses", "state_provinces", "products", "customers",
            "sales_order_headers");

    @TempDir
    static Path temp;

    /** The dashboard page written after load 2, for the browser test. */
    private Path dashboard;

    static Path project() {
        return Path.of(System.getProperty("hooklake.aw.project",
                Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString()));
    }

    static Path data() {
        return Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "shared").toString()),
                "data", "adventure-works");
    }

    @Test
    @Order(1)
    void adventureWorksRunIncrementallyEqualsOneFullRunAndEveryTableFormatEqualsDuckDb() throws Exception {
        assumeTrue(Files.isDirectory(project()), "AdventureWorks example " + project() + " absent: skipped");
        assumeTrue(Files.isRegularFile(data().resolve("addresses.parquet")),
                "AdventureWorks data " + data() + " absent: skipped");
        Project aw = ProjectLoader.load(project());
        GeneratedProject generated = Fixture.generate(project(), temp.resolve("generated"));
        List<ModelName> tables = Fixture.tables(generated);
        List<TableFormat> formats = Arrays.stream(System.getProperty("hooklake.aw.formats", "parquet,delta,iceberg")
                .split(",")).map(TableFormat::fromName).toList();

        Lakehouse kept = Lakehouse.open(temp.resolve("kept"));
        for (int load = 1; load <= LOADS.length; load++) {
            RunResult run = landAndRun(kept, aw, generated, load, "duckdb");
            if (load > 1) {
                assertThat(run.models()).filteredOn(m -> m.kind() == ModelKind.FRAME).extracting(ModelRun::action)
                        .containsOnly(Action.INCREMENTAL);
            }
            if (load == 2) {
                dashboard = AdventureWorksDashboard.checkAndWrite(kept, project(), aw, data(), temp.resolve("dashboard"));
            }
            if (load == 3) {
                Set<String> unchanged = aw.sources().stream().flatMap(source -> source.tables().stream()
                        .filter(t -> t.column(ColumnName.of("modified_date")).isEmpty())
                        .map(t -> "frame__" + source.name().value() + "__" + t.name().value())).collect(Collectors.toSet());
                assertThat(run.models()).as("frames of the tables load 3 only reloads unchanged")
                        .filteredOn(m -> unchanged.contains(m.name().name())).hasSize(unchanged.size())
                        .allSatisfy(m -> assertThat(m.changed()).as("rows changed in %s", m.name()).isZero());
            }
            if (load == LOADS.length) {
                assertThat(run.models()).filteredOn(m -> m.kind() == ModelKind.FRAME).hasSize(SPARSE.size());
            }
            if (load == 1) {
                try (Databases.Reader reader = new Databases.Reader(Databases.file(kept))) {
                    for (var model : generated.models()) {
                        assertThat(reader.rows("SELECT column_name || ' ' || column_type FROM (DESCRIBE "
                                + Dialect.duckdb().relation(model.name()) + ")")).as("columns of %s", model.name())
                                .isEqualTo(model.columns().stream().map(c -> c.name() + " " + c.type()).toList());
                    }
                }
            }
        }
        assertThat(kept.plan(generated).isNoOp()).isTrue();

        Lakehouse fresh = Lakehouse.open(temp.resolve("fresh"));
        for (int load = 1; load <= LOADS.length; load++) {
            land(fresh.landing(generated), aw, load);
        }
        RunResult full = fresh.run(generated);
        System.out.println("AdventureWorks full run over four loads: " + PrintingRunListener.summaryLine(full.summary()));
        System.out.println("  seconds per kind: " + perKind(full));

        // Row count and sum of row hashes per table: EXCEPT ALL over every AdventureWorks table takes minutes.
        assertThat(Databases.digestDifferences(Databases.file(kept), Databases.file(fresh), tables)).isEmpty();
        assertThat(full.summary().rows()).isPositive();

        // Every column type through every table format, on a sample of the data: DuckDB's tables as each format
        // stores them (the documented type mapping: Delta and Iceberg keep TIME as text, ...) against the format's tables.
        Lakehouse sample = Lakehouse.open(temp.resolve("sample"));
        landAndRun(sample, aw, generated, SAMPLE, "duckdb");
        Map<TableFormat, Map<String, String>> expected = new EnumMap<>(TableFormat.class);
        try (Databases.Reader reader = new Databases.Reader(Databases.file(sample))) {
            for (TableFormat format : formats) {
                Map<String, String> digests = new TreeMap<>();
                for (ModelName table : tables) {
                    digests.put(table.qualified(), reader.rows(IndependentReader.digestSql(
                            "(" + mapped(reader, table, format) + ")")).get(0));
                }
                expected.put(format, digests);
            }
        }
        for (TableFormat format : formats) {
            Lakehouse lake = Lakehouse.open(temp.resolve(format.configName()), format);
            landAndRun(lake, aw, generated, SAMPLE, format.configName());
            assertThat(IndependentReader.digests(format, lake.directory(), tables)).as(format.configName())
                    .isEqualTo(expected.get(format));
        }
    }

    @Test
    @Order(2)
    void theDashboardPageWorksInChromium() {
        HeadlessChromium.assumeInstalled();
        assumeTrue(dashboard != null, "no dashboard page: the AdventureWorks run above skipped or failed before load 2");
        AdventureWorksDashboard.assertPageWorksInChromium(dashboard);
    }

    private static RunResult landAndRun(Lakehouse lake, Project aw, GeneratedProject generated, int load, String name) {
        long start = System.nanoTime();
        land(lake.landing(generated), aw, load);
        double landing = (System.nanoTime() - start) / 1e9;
        double commitsBefore = FileTableStorage.commitSeconds();
        long countBefore = FileTableStorage.commits();
        RunResult run = lake.run(generated);
        double commits = FileTableStorage.commitSeconds() - commitsBefore;
        System.out.printf(Locale.ROOT, "AdventureWorks %s %s: landed in %.2f s; %s; %.2f s (%.1f%%) in %d"
                + " table-format commits%n", name, load == SAMPLE ? "sample" : "load " + load, landing, PrintingRunListener.summaryLine(run.summary()), commits,
                100 * commits / run.summary().seconds(), FileTableStorage.commits() - countBefore);
        System.out.println("  seconds per kind: " + perKind(run));
        return run;
    }

    /** A SELECT of {@code table} with every column cast to its storage type in {@code format}. */
    static String mapped(Databases.Reader duck, ModelName table, TableFormat format) {
        String relation = "\"" + table.schema() + "\".\"" + table.name() + "\"";
        return "SELECT " + String.join(", ", duck.rows("SELECT 'CAST(\"' || column_name"
                + " || '\" AS ' || column_type || ')' FROM (DESCRIBE SELECT * FROM " + relation + ")").stream()
                .map(cast -> {
                    int as = cast.lastIndexOf(" AS ");
                    String column = cast.substring("CAST(\"".length(), as - 1);
                    String type = cast.substring(as + 4, cast.length() - 1);
                    return "CAST(\"" + column + "\" AS " + StorageTypes.storageType(column, type, format) + ") AS \""
                            + column + "\"";
                }).toList()) + " FROM " + relation;
    }

    static Map<ModelKind, String> perKind(RunResult run) {
        Map<ModelKind, Double> seconds = new EnumMap<>(ModelKind.class);
        run.models().forEach(m -> seconds.merge(m.kind(), m.seconds(), Double::sum));
        Map<ModelKind, String> printed = new EnumMap<>(ModelKind.class);
        seconds.forEach((k, s) -> printed.put(k, String.format(Locale.ROOT, "%.2f", s)));
        return printed;
    }

    /**
     * Load 1 and 2: the rows whose key hashes to 0 or 1 modulo 2. Load 3: a tenth of the rows
     * with {@code modified_date} a day later (or, in tables without it, a fifth reloaded
     * unchanged), and another fifth reloaded unchanged. Load 4: in the {@link #SPARSE} tables
     * only, a hundredth of the rows with {@code modified_date} two days later. {@link #SAMPLE}: the
     * tables under 1,000 rows whole, the rows of larger ones whose key hashes to 0 modulo 20. A load
     * of a source is one call, as a folder ingest is.
     */
    static void land(Landing landing, Project aw, int load) {
        for (Source source : aw.sources()) {
            Map<String, String> selects = new LinkedHashMap<>();
            for (Table table : source.tables()) {
                String file = data().resolve(table.name().value() + ".parquet").toAbsolutePath().toString().replace("'", "''");
                List<ColumnName> key = table.primaryKey().isEmpty()
                        ? table.payload().stream().map(c -> c.name()).toList() : table.primaryKey();
                String hash = "hash(" + key.stream().map(c -> Dialect.duckdb().quoted(c.value()))
                        .collect(Collectors.joining(", ")) + ")";
                boolean modified = table.column(ColumnName.of("modified_date")).isPresent();
                String select;
                if (load == SAMPLE) {
                    select = "SELECT * FROM read_parquet('" + file + "') WHERE " + hash + " % 20 = 0"
                            + " OR (SELECT count(*) FROM read_parquet('" + file + "')) < 1000";
                } else if (load <= 2) {
                    select = "SELECT * FROM read_parquet('" + file + "') WHERE " + hash + " % 2 = " + (load - 1);
                } else if (load == 3) {
                    String changed = modified ? "SELECT * REPLACE (modified_date + INTERVAL 1 DAY AS modified_date)"
                            + " FROM read_parquet('" + file + "') WHERE " + hash + " % 10 = 0 UNION ALL " : "";
                    select = changed + "SELECT * FROM read_parquet('" + file + "') WHERE " + hash + " % 10 IN (1, 2)";
                } else if (SPARSE.contains(table.name().value()) && modified) {
                    select = "SELECT * REPLACE (modified_date + INTERVAL 2 DAY AS modified_date) FROM read_parquet('"
                            + file + "') WHERE " + hash + " % 100 = 3";
                } else {
                    continue;
                }
                selects.put(table.name().value(), select);
            }
            landing.appendAll(source.name().value(), LOADS[Math.max(load, 1) - 1], selects);
        }
    }
}
