package io.hooklake.generator.bench;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.generator.sql.UssModelSetBuilder;
import io.hooklake.model.Column;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generated SQL of a project run bare on DuckDB: every model created with {@code CREATE VIEW}
 * or {@code CREATE TABLE AS} in DAG order on one connection, over landed data, no runtime. It
 * compares, in one run with the variants alternating in each round: the SQL kept as a baseline
 * fixture ({@code src/test/resources/bench/bare-sql-baseline/<storage>.sql}, the generator's
 * output before issue 14) and the SQL the generator renders now, each with readable text hooks and
 * with {@code hook_storage: hash64}. Prints seconds per model kind per variant, the slowest models
 * and the ratios issue 14 asks for, over the model kinds both variants of a ratio have (the baseline
 * has no metrics).
 *
 * <p>Data: a folder of loads as the AdventureWorks example writes them ({@code load-NN/<table>.parquet}
 * and {@code loads.tsv}), each load landed with its {@code loaded_at} in the load column.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl hook-model,uss-generator -Pbare-sql-benchmark verify -DskipTests}
 * with {@code -Dbenchmark.rounds=2} and {@code -Dbenchmark.data=<folder>}. {@code -Dbenchmark.explain=<model,...>}
 * also prints {@code EXPLAIN ANALYZE} of those models (qualified names) for each variant;
 * {@code -Dbenchmark.variants=now-text,now-hash64} runs only those variants (no ratios);
 * {@code -Dbenchmark.keep=true} keeps each variant's database, {@code <work>/<variant>.duckdb}, to look into.
 * {@code BareSqlBenchmark --write-baseline <project> <folder>} writes the baseline fixture from the
 * generator as it is (run once, before changing the SQL).
 */
public final class BareSqlBenchmark {

    private static final String END = "-- end of model";
    private static final Dialect DIALECT = Dialect.duckdb();

    private BareSqlBenchmark() {
    }

    /** One model's statement: its name, kind, and whether it is a view. */
    record BareStatement(ModelName name, ModelKind kind, boolean view, String sql) {
    }

    /** A variant: a name and its statements in DAG order. */
    record Variant(String name, HookStorage storage, List<BareStatement> statements) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--write-baseline")) {
            writeBaseline(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path projectDir = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Path baseline = Path.of(args[3]);
        int rounds = Integer.parseInt(System.getProperty("benchmark.rounds", "2"));
        Set<String> explain = Set.of(System.getProperty("benchmark.explain", "").split(","));
        if (!Files.isRegularFile(data.resolve("loads.tsv"))) {
            System.out.println("No data in " + data + " (loads.tsv absent): write it with"
                    + " ./mvnw -B -q -f examples/adventure-works exec:java; nothing measured.");
            return;
        }
        Project project = ProjectLoader.load(projectDir);
        List<Variant> variants = new ArrayList<>();
        for (HookStorage storage : List.of(HookStorage.TEXT, HookStorage.HASH64)) {
            String name = storage.name().toLowerCase(Locale.ROOT);
            variants.add(new Variant("before " + name, storage, read(baseline.resolve(name + ".sql"))));
            variants.add(new Variant("now " + name, storage, statements(withStorage(project, storage))));
        }
        Set<String> only = Set.of(System.getProperty("benchmark.variants", "").split(","));
        if (!only.equals(Set.of(""))) {
            variants.removeIf(v -> !only.contains(v.name().replace(' ', '-')));
        }
        Files.createDirectories(work);
        System.out.println("Bare SQL of " + projectDir + " over " + data + ", " + rounds + " round(s); load "
                + loadAverage());
        Map<String, List<Map<ModelKind, Double>>> perKind = new LinkedHashMap<>();
        Map<String, List<Map<ModelKind, Double>>> perKindCpu = new LinkedHashMap<>();
        Map<String, Map<ModelName, Double>> slowest = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                // alternate: each round starts with another variant
                Variant variant = variants.get((i + round - 1) % variants.size());
                Map<ModelName, Double> seconds = new HashMap<>();
                Map<ModelKind, Double> cpu = new EnumMap<>(ModelKind.class);
                Map<ModelKind, Double> kinds = run(project, data, work, variant, seconds, cpu,
                        round == 1 ? explain : Set.of());
                perKind.computeIfAbsent(variant.name(), v -> new ArrayList<>()).add(kinds);
                perKindCpu.computeIfAbsent(variant.name(), v -> new ArrayList<>()).add(cpu);
                slowest.put(variant.name(), seconds);
                System.out.printf(Locale.ROOT, "round %d %-12s total %7.2f s, CPU %7.2f s  %s  (load %s)%n", round,
                        variant.name(), total(kinds), total(cpu), format(kinds), loadAverage());
            }
        }
        System.out.println();
        System.out.println("Median over rounds, seconds per kind:");
        Map<String, Map<ModelKind, Double>> median = new LinkedHashMap<>();
        for (var e : perKind.entrySet()) {
            Map<ModelKind, Double> m = new EnumMap<>(ModelKind.class);
            for (ModelKind kind : ModelKind.values()) {
                m.put(kind, median(e.getValue().stream().map(k -> k.getOrDefault(kind, 0.0)).toList()));
            }
            median.put(e.getKey(), m);
            System.out.printf(Locale.ROOT, "  %-12s total %7.2f s  %s%n", e.getKey(), total(m), format(m));
        }
        System.out.println("Slowest models (last round):");
        for (var e : slowest.entrySet()) {
            System.out.println("  " + e.getKey() + ": " + e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<ModelName, Double>comparingByValue().reversed()).limit(5)
                    .map(s -> String.format(Locale.ROOT, "%s %.2f", s.getKey().name(), s.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        System.out.println("Ratios (medians of totals per round):");
        if (perKind.size() < 4) {
            return;
        }
        ratio(perKind, "now text", "now hash64", "text against hash64, now (target <= 1.2)");
        ratio(perKind, "before text", "before hash64", "text against hash64, before");
        ratio(perKind, "now text", "before text", "text now against before (target <= 0.35)");
        ratio(perKind, "now hash64", "before hash64", "hash64 now against before (target <= 1.0)");
        System.out.println("The same ratios of CPU seconds (the process's, DuckDB's threads included; less"
                + " sensitive to other work on the machine than wall time):");
        ratio(perKindCpu, "now text", "now hash64", "text against hash64, now");
        ratio(perKindCpu, "before text", "before hash64", "text against hash64, before");
        ratio(perKindCpu, "now text", "before text", "text now against before");
        ratio(perKindCpu, "now hash64", "before hash64", "hash64 now against before");
        System.out.println("load at the end " + loadAverage());
    }

    private static void ratio(Map<String, List<Map<ModelKind, Double>>> perKind, String a, String b, String what) {
        List<Double> ratios = new ArrayList<>();
        List<Map<ModelKind, Double>> as = perKind.get(a);
        List<Map<ModelKind, Double>> bs = perKind.get(b);
        for (int i = 0; i < as.size(); i++) {
            // Over the kinds both have: the baseline, written before metrics existed, has none.
            Map<ModelKind, Double> baseline = bs.get(i);
            Map<ModelKind, Double> both = new EnumMap<>(as.get(i));
            both.keySet().removeIf(kind -> baseline.getOrDefault(kind, 0.0) == 0.0);
            ratios.add(total(both) / total(baseline));
        }
        System.out.printf(Locale.ROOT, "  %-45s %.3f  (rounds: %s)%n", what, median(ratios),
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r)).collect(Collectors.joining(", ")));
    }

    /** Lands the data in a new database file, then creates every model of the variant, timed. */
    private static Map<ModelKind, Double> run(Project project, Path data, Path work, Variant variant,
            Map<ModelName, Double> seconds, Map<ModelKind, Double> cpu, Set<String> explain)
            throws SQLException, IOException {
        boolean keep = Boolean.getBoolean("benchmark.keep");
        Path file = work.resolve(keep ? variant.name().replace(' ', '-') + ".duckdb" : "bare.duckdb");
        Files.deleteIfExists(file);
        Files.deleteIfExists(work.resolve("bare.duckdb.wal"));
        Map<ModelKind, Double> kinds = new EnumMap<>(ModelKind.class);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + System.getProperty("benchmark.memory", "6GB") + "'");
            s.execute("SET temp_directory = '" + work.resolve("spill").toAbsolutePath() + "'");
            land(project, data, s);
            for (BareStatement statement : variant.statements()) {
                String relation = DIALECT.relation(statement.name());
                if (explain.contains(statement.name().qualified())) {
                    try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + statement.sql())) {
                        System.out.println("EXPLAIN ANALYZE " + statement.name() + " (" + variant.name() + ")");
                        while (rs.next()) {
                            System.out.println(rs.getString(2));
                        }
                    }
                }
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                s.execute("CREATE " + (statement.view() ? "VIEW " : "TABLE ") + relation + " AS\n" + statement.sql());
                double elapsed = (System.nanoTime() - start) / 1e9;
                seconds.put(statement.name(), elapsed);
                kinds.merge(statement.kind(), elapsed, Double::sum);
                cpu.merge(statement.kind(), (cpuNanos() - cpuStart) / 1e9, Double::sum);
            }
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(work.resolve("bare.duckdb.wal"));
            }
        }
        return kinds;
    }

    /** The landing tables, each with every load of its table, the load column set from {@code loads.tsv}. */
    private static void land(Project project, Path data, Statement s) throws SQLException, IOException {
        NamingStrategy naming = new NamingStrategy(project.settings());
        var schemas = project.settings().schemas();
        for (String schema : new java.util.TreeSet<>(List.of(schemas.das(), schemas.dab(), schemas.darStaging(), schemas.dar()))) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + DIALECT.identifier(schema));
        }
        List<String[]> loads = Files.readAllLines(data.resolve("loads.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                String landed = DIALECT.relation(naming.landing(table));
                s.execute("CREATE TABLE " + landed + " (" + table.columns().stream()
                        .map(c -> DIALECT.quoted(c.name().value()) + " " + c.type().sql())
                        .collect(Collectors.joining(", ")) + ")");
                String payload = table.columns().stream().filter(c -> !c.name().equals(table.loadColumn()))
                        .map(Column::name).map(n -> DIALECT.quoted(n.value())).collect(Collectors.joining(", "));
                for (String[] load : loads) {
                    Path parquet = data.resolve(load[0]).resolve(table.name().value() + ".parquet");
                    s.execute("INSERT INTO " + landed + " (" + payload + ", " + DIALECT.quoted(table.loadColumn().value())
                            + ") SELECT " + payload + ", TIMESTAMP '" + load[1] + "' FROM read_parquet('"
                            + parquet.toAbsolutePath().toString().replace("'", "''") + "')");
                }
            }
        }
    }

    static Project withStorage(Project project, HookStorage storage) {
        return new Project(project.settings().withHookStorage(storage), project.sources(), project.concepts(),
                project.keysets(), project.frames(), project.metrics());
    }

    /** The project's models in DAG order, as the generator renders them now. */
    static List<BareStatement> statements(Project project) {
        ModelSet set = new UssModelSetBuilder(DIALECT).build(project);
        return ModelGraph.of(set.models(), UssGenerator.DEFAULT_EXTERNAL_SOURCES).topologicalOrder().stream()
                .map(m -> new BareStatement(m.name(), m.kind(), m.materialization() == Materialization.VIEW, m.sql()))
                .toList();
    }

    private static void writeBaseline(Path projectDir, Path folder) throws IOException {
        Project project = ProjectLoader.load(projectDir);
        Files.createDirectories(folder);
        for (HookStorage storage : List.of(HookStorage.TEXT, HookStorage.HASH64)) {
            StringBuilder text = new StringBuilder();
            for (BareStatement s : statements(withStorage(project, storage))) {
                text.append("-- model ").append(s.name().schema()).append(' ').append(s.name().name()).append(' ')
                        .append(s.kind()).append(' ').append(s.view() ? "VIEW" : "TABLE").append('\n')
                        .append(s.sql()).append(END).append('\n');
            }
            Files.writeString(folder.resolve(storage.name().toLowerCase(Locale.ROOT) + ".sql"), text, StandardCharsets.UTF_8);
        }
    }

    private static List<BareStatement> read(Path file) throws IOException {
        List<BareStatement> statements = new ArrayList<>();
        String[] header = null;
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (header == null) {
                header = line.substring("-- model ".length()).split(" ");
            } else if (line.equals(END)) {
                statements.add(new BareStatement(new ModelName(header[0], header[1]), ModelKind.valueOf(header[2]),
                        header[3].equals("VIEW"), sql.toString()));
                header = null;
                sql.setLength(0);
            } else {
                sql.append(line).append('\n');
            }
        }
        return statements;
    }

    /** CPU time of this process, every thread (DuckDB's native ones too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double total(Map<ModelKind, Double> kinds) {
        return kinds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String format(Map<ModelKind, Double> kinds) {
        return kinds.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
