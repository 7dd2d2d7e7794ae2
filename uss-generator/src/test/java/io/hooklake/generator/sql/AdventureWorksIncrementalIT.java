package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * AdventureWorks kept incrementally: the shared Parquet files landed as load 1 and built in full;
 * load 2 reloads every table with 1% of the rows of five tables changed (and 1% new addresses);
 * load 3 lands only another 1% of changed rows of those tables. Then every table equals a full
 * build. Prints the time of the full builds and of the incremental runs per kind (not asserted). Skips when the example or the data is absent.
 */
class AdventureWorksIncrementalIT {

    /** The tables changed, with their primary key column. */
    private static final Map<String, String> CHANGED = Map.of("addresses", "address_id", "state_provinces",
            "state_province_id", "products", "product_id", "customers", "customer_id", "sales_order_headers",
            "sales_order_id");

    @Test
    void adventureWorksKeptIncrementallyAfterOnePercentChangesEqualsAFullBuild() {
        Path projectDir = Path.of(System.getProperty("hooklake.aw.project",
                Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse").toString()));
        Path data = Path.of(System.getProperty("hooklake.shared.dir", Path.of("..", "..", "shared").toString()),
                "data", "adventure-works");
        assumeTrue(Files.isDirectory(projectDir), "AdventureWorks example " + projectDir + " absent: skipped");
        assumeTrue(Files.isRegularFile(data.resolve("addresses.parquet")), "AdventureWorks data " + data + " absent: skipped");
        Project aw = ProjectLoader.load(projectDir);
        NamingStrategy naming = new NamingStrategy(aw.settings());

        try (IncrementalRunner runner = new IncrementalRunner(aw, lake -> {
            land(aw, naming, data, lake, Loads.L1, "true", "");
            land(aw, naming, data, lake, Loads.L2, "true", "INTERVAL 1 DAY");
            landNewAddresses(aw, naming, data, lake, Loads.L2);
            land(aw, naming, data, lake, Loads.L3, "hash({key}) % 100 = 2", "INTERVAL 2 DAY");
        })) {
            List<LocalDateTime> loads = runner.loads();
            assertThat(loads).hasSize(3);
            runner.fullBuild(loads.get(0));
            System.out.println("AdventureWorks full build of load 1, ms per kind: " + perKind(runner, runner.fullMillis()));
            long downstream = 0;
            for (LocalDateTime until : loads.subList(1, loads.size())) {
                runner.millis().clear();
                Map<ModelName, List<String>> affected = runner.runIncremental(until);
                report(runner, affected, until);
                downstream += affected.entrySet().stream()
                        .filter(e -> e.getKey().schema().equals(aw.settings().schemas().darStaging()))
                        .mapToLong(e -> e.getValue().size()).sum();
            }
            assertThat(downstream).as("bridge and event bridge entities recomputed").isPositive();
            runner.assertEqualsFullBuild();
            System.out.println("AdventureWorks full build of loads 1-3, ms per kind: " + perKind(runner, runner.fullMillis()));
        }
    }

    private static Map<ModelKind, Long> perKind(IncrementalRunner runner, Map<ModelName, Long> millis) {
        Map<ModelKind, Long> kinds = new EnumMap<>(ModelKind.class);
        for (Model model : runner.models().models()) {
            if (model.materialization() != io.hooklake.generator.Materialization.VIEW) {
                kinds.merge(model.kind(), millis.getOrDefault(model.name(), 0L), Long::sum);
            }
        }
        return kinds;
    }

    private static void report(IncrementalRunner runner, Map<ModelName, List<String>> affected, LocalDateTime until) {
        Map<ModelKind, Long> entities = new EnumMap<>(ModelKind.class);
        Map<ModelKind, Long> rows = new EnumMap<>(ModelKind.class);
        for (Model model : runner.models().models()) {
            if (model.incremental().isPresent()) {
                entities.merge(model.kind(), (long) affected.get(model.name()).size(), Long::sum);
                rows.merge(model.kind(), runner.lake().count("SELECT * FROM " + runner.lake().relation(model.name())), Long::sum);
            }
        }
        System.out.println("AdventureWorks incremental run up to " + until + ", ms per kind: "
                + perKind(runner, runner.millis()) + "; entities recomputed " + entities + "; rows " + rows
                + "; slowest (ms) " + runner.millis().entrySet().stream()
                        .sorted(Map.Entry.<ModelName, Long>comparingByValue().reversed()).limit(4)
                        .map(e -> e.getKey() + " " + e.getValue() + " (" + runner.steps().get(e.getKey()) + ")").toList());
    }

    /**
     * Lands every table (or, with a filter other than {@code true}, the filtered rows of the changed
     * tables only) as one load; rows of the changed tables with {@code hash(key) % 100 = 0} get
     * their modified_date moved by {@code shift}.
     */
    private static void land(Project aw, NamingStrategy naming, Path data, DuckDbLakehouse lake, String loadedAt,
            String filter, String shift) {
        for (Source source : aw.sources()) {
            for (Table table : source.tables()) {
                String key = CHANGED.get(table.name().value());
                if (key == null && !filter.equals("true")) {
                    continue;
                }
                String select = "SELECT * FROM " + parquet(data, table);
                if (key != null && !shift.isEmpty()) {
                    String changed = filter.equals("true") ? "hash(" + key + ") % 100 = 0" : filter.replace("{key}", key);
                    select = "SELECT * REPLACE (CASE WHEN " + changed + " THEN modified_date + " + shift
                            + " ELSE modified_date END AS modified_date) FROM " + parquet(data, table)
                            + " WHERE " + filter.replace("{key}", key);
                }
                insert(aw, naming, lake, table, loadedAt, select);
            }
        }
    }

    /** 1% of the addresses again under new keys: new entities. */
    private static void landNewAddresses(Project aw, NamingStrategy naming, Path data, DuckDbLakehouse lake, String loadedAt) {
        Table addresses = lake.table("addresses");
        insert(aw, naming, lake, addresses, loadedAt, "SELECT * REPLACE (address_id + 1000000 AS address_id) FROM "
                + parquet(data, addresses) + " WHERE hash(address_id) % 100 = 1");
    }

    private static void insert(Project aw, NamingStrategy naming, DuckDbLakehouse lake, Table table, String loadedAt,
            String select) {
        String columns = table.columns().stream().filter(c -> !c.name().equals(table.loadColumn()))
                .map(c -> Dialect.duckdb().quoted(c.name().value())).collect(Collectors.joining(", "));
        lake.execute("INSERT INTO " + lake.relation(naming.landing(table)) + " (" + columns + ", "
                + Dialect.duckdb().quoted(table.loadColumn().value()) + ") SELECT " + columns + ", " + loadedAt
                + " FROM (" + select + ") AS landed");
    }

    private static String parquet(Path data, Table table) {
        return "read_parquet('" + data.resolve(table.name().value() + ".parquet").toString().replace("'", "''") + "')";
    }
}
