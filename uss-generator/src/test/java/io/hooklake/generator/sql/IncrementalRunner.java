package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.dialect.LoadKind;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Does what the runtime will do, over an in-memory DuckDB: every load is first staged, then
 * landed window by window; the first window is built in full, each later one incrementally
 * (per incremental model in DAG order: CREATE TEMP TABLE affected AS affectedEntities(W_old,
 * W_new); DELETE the affected entities' rows; INSERT rowsForEntities; tables rebuilt whole).
 * {@link #assertEqualsFullBuild()} builds every model from scratch in a second catalog and
 * compares every table model with it: row count and sum of row hashes, and the rows that differ
 * when those do.
 */
final class IncrementalRunner implements AutoCloseable {

    static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Project project;
    private final ModelSet set;
    private final DuckDbLakehouse lake;
    private final NamingStrategy naming;
    private final Dialect dialect = Dialect.duckdb();
    private final List<LocalDateTime> loads;
    private final Map<ModelName, Long> millis = new LinkedHashMap<>();
    private final Map<ModelName, Long> fullMillis = new LinkedHashMap<>();
    private final Map<ModelName, String> steps = new LinkedHashMap<>();
    private LocalDateTime landed;
    private LocalDateTime watermark;

    IncrementalRunner(Project project, Consumer<DuckDbLakehouse> allLoads) {
        this.project = project;
        this.set = new UssModelSetBuilder(dialect).build(project);
        this.naming = new NamingStrategy(project.settings());
        this.lake = new DuckDbLakehouse(project);
        allLoads.accept(lake);
        TreeSet<LocalDateTime> times = new TreeSet<>();
        for (Table table : tables()) {
            String landing = lake.relation(naming.landing(table));
            lake.execute("CREATE TABLE " + staged(table) + " AS SELECT * FROM " + landing);
            lake.execute("DELETE FROM " + landing);
            lake.rows("SELECT DISTINCT strftime(" + loadTime(table) + ", '%Y-%m-%d %H:%M:%S.%f') AS t FROM " + staged(table))
                    .forEach(r -> times.add(LocalDateTime.parse((String) r.get("t"), MICROS)));
        }
        this.loads = List.copyOf(times);
    }

    ModelSet models() {
        return set;
    }

    DuckDbLakehouse lake() {
        return lake;
    }

    /** The distinct load times over all landed tables, ascending. */
    List<LocalDateTime> loads() {
        return loads;
    }

    LocalDateTime watermark() {
        return watermark;
    }

    /** Lands every staged row whose load time is after the last landed window and no later than {@code until}. */
    void landUntil(LocalDateTime until) {
        for (Table table : tables()) {
            lake.execute("INSERT INTO " + lake.relation(naming.landing(table)) + " SELECT * FROM " + staged(table)
                    + " WHERE " + loadTime(table) + " <= " + literal(until)
                    + (landed == null ? "" : " AND " + loadTime(table) + " > " + literal(landed)));
        }
        landed = until;
    }

    /** Lands up to {@code until} and builds every model in full; the watermark becomes {@code until}. */
    void fullBuild(LocalDateTime until) {
        landUntil(until);
        createTimed();
        watermark = until;
    }

    /** Creates every model in DAG order in the current catalog, keeping each one's milliseconds in {@link #fullMillis()}. */
    private void createTimed() {
        fullMillis.clear();
        for (Model model : DuckDbLakehouse.inDagOrder(set.models())) {
            long start = System.nanoTime();
            lake.create(model);
            fullMillis.put(model.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Lands up to {@code until} and takes the window (watermark, until] in: returns the affected
     * entities of every incremental model, by model.
     */
    Map<ModelName, List<String>> runIncremental(LocalDateTime until) {
        landUntil(until);
        Map<ModelName, List<String>> affected = new LinkedHashMap<>();
        for (Model model : DuckDbLakehouse.inDagOrder(set.models())) {
            long start = System.nanoTime();
            if (model.incremental().isPresent()) {
                affected.put(model.name(), apply(model, model.incremental().get(), watermark, until));
            } else if (model.materialization() == Materialization.TABLE) {
                lake.create(model);
            }
            millis.merge(model.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        watermark = until;
        return affected;
    }

    /** Milliseconds per model of the last full build ({@link #fullBuild} or {@link #assertEqualsFullBuild()}). */
    Map<ModelName, Long> fullMillis() {
        return fullMillis;
    }

    /** Per incremental model, the milliseconds of its last run's statements (affected, delete, insert). */
    Map<ModelName, String> steps() {
        return steps;
    }

    /** Milliseconds spent per model by incremental runs so far. */
    Map<ModelName, Long> millis() {
        return millis;
    }

    private List<String> apply(Model model, IncrementalSql sql, LocalDateTime after, LocalDateTime until) {
        String affected = lake.relation(naming.affected(model.name()));
        Connection connection = lake.connection();
        long t0 = System.nanoTime();
        try (PreparedStatement create = connection.prepareStatement(
                "CREATE TEMP TABLE " + affected + " AS\n" + sql.affectedEntities())) {
            create.setObject(1, after);
            create.setObject(2, until);
            create.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("affected entities of " + model.name() + ": " + e.getMessage() + "\n"
                    + sql.affectedEntities(), e);
        }
        long t1 = System.nanoTime();
        List<String> entities = lake.rows("SELECT CAST(entity AS VARCHAR) AS e FROM " + affected + " ORDER BY e")
                .stream().map(r -> (String) r.get("e")).toList();
        long t2 = System.nanoTime();
        long t3;
        try {
            lake.execute("DELETE FROM " + lake.relation(model.name()) + " WHERE " + dialect.identifier(sql.entityColumn())
                    + " IN (SELECT entity FROM " + affected + ")");
            t3 = System.nanoTime();
            lake.execute("INSERT INTO " + lake.relation(model.name()) + "\n" + sql.rowsForEntities());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("rows for entities of " + model.name() + ": " + e.getMessage() + "\n"
                    + sql.rowsForEntities(), e);
        }
        long t4 = System.nanoTime();
        lake.execute("DROP TABLE " + affected);
        steps.put(model.name(), "affected " + (t1 - t0) / 1_000_000 + " ms, delete " + (t3 - t2) / 1_000_000
                + " ms, insert " + (t4 - t3) / 1_000_000 + " ms");
        return entities;
    }

    /** Every table model equals (EXCEPT ALL both ways) a full build from everything landed so far. */
    void assertEqualsFullBuild() {
        lake.execute("ATTACH ':memory:' AS full_build");
        try {
            lake.execute("USE full_build");
            var schemas = project.settings().schemas();
            new TreeSet<>(List.of(schemas.das(), schemas.dab(), schemas.darStaging(), schemas.dar()))
                    .forEach(s -> lake.execute("CREATE SCHEMA " + dialect.identifier(s)));
            for (Table table : tables()) {
                String landing = lake.relation(naming.landing(table));
                lake.execute("CREATE TABLE " + landing + " AS SELECT * FROM memory." + landing);
            }
            createTimed();
            lake.execute("USE memory");
            // Row count and sum of row hashes of every table in one statement (EXCEPT ALL costs
            // 10-20 ms a table however small); the rows that differ are listed for a table whose
            // digests differ.
            List<String> digests = new ArrayList<>();
            List<ModelName> tables = new ArrayList<>();
            for (Model model : set.models()) {
                if (model.materialization() == Materialization.VIEW) {
                    continue;
                }
                String kept = "memory." + lake.relation(model.name());
                String full = "full_build." + lake.relation(model.name());
                digests.add("SELECT " + digests.size() + " AS position, (" + digest(kept)
                        + ") AS kept, (" + digest(full) + ") AS full_build");
                tables.add(model.name());
            }
            for (Map<String, Object> table : lake.rows(String.join("\nUNION ALL ", digests) + "\nORDER BY position")) {
                if (!table.get("kept").equals(table.get("full_build"))) {
                    ModelName name = tables.get(Integer.parseInt((String) table.get("position")));
                    String kept = "memory." + lake.relation(name);
                    String full = "full_build." + lake.relation(name);
                    List<Map<String, Object>> differing = lake.rows("(SELECT 'kept' AS side, * FROM (SELECT * FROM " + kept
                            + " EXCEPT ALL SELECT * FROM " + full + ")) UNION ALL (SELECT 'full build' AS side, * FROM"
                            + " (SELECT * FROM " + full + " EXCEPT ALL SELECT * FROM " + kept + ")) LIMIT 10");
                    assertThat(differing).as("rows of %s kept incrementally up to %s (count and row-hash sum %s) that"
                            + " differ from a full build (%s)", name, watermark, table.get("kept"), table.get("full_build"))
                            .isEmpty();
                    assertThat(table.get("kept")).as("row count and row-hash sum of %s", name)
                            .isEqualTo(table.get("full_build"));
                }
            }
            assertThat(digests).as("table models compared").isNotEmpty();
        } finally {
            lake.execute("USE memory");
            lake.execute("DETACH full_build");
        }
    }

    /** The row count and the sum of row hashes of a relation: equal for equal multisets of rows. */
    private static String digest(String relation) {
        return "SELECT count(*) || ' ' || coalesce(CAST(sum(CAST(hash(t) AS HUGEINT)) AS VARCHAR), '-') FROM " + relation
                + " AS t";
    }

    private List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Source source : project.sources()) {
            tables.addAll(source.tables());
        }
        return tables;
    }

    private String staged(Table table) {
        return dialect.relation(new ModelName(project.settings().schemas().das(),
                "staged__" + table.source().value() + "__" + table.name().value()));
    }

    /** The load column as the frames convert it to a timestamp. */
    private String loadTime(Table table) {
        String column = dialect.quoted(table.loadColumn().value());
        LoadKind kind = dialect.loadKind(table.load().type());
        return switch (kind) {
            case TIMESTAMP, DATE -> "CAST(" + column + " AS TIMESTAMP)";
            case TIMESTAMP_TZ -> "timezone('UTC', " + column + ")";
            default -> "make_timestamp(CAST(CAST(" + column + " AS DOUBLE) * 1000000 AS BIGINT))";
        };
    }

    private static String literal(LocalDateTime t) {
        return "TIMESTAMP '" + t.format(MICROS) + "'";
    }

    @Override
    public void close() {
        lake.close();
    }
}
