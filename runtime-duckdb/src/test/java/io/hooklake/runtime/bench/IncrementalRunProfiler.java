package io.hooklake.runtime.bench;

import io.hooklake.runtime.Fixture;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.contract.IncrementalStatements;
import io.hooklake.generator.dialect.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Explains where an incremental run's time goes, model by model, on a lakehouse that
 * {@link ScaledRunBenchmark} kept ({@code -Dbenchmark.keep=true}): for every incremental model,
 * the entities the change load (load 2) affects against all its entities, how long the
 * affected-entities query takes, and how long a full-table grain audit like the runtime's takes.
 * The window of the change load is {@code -Dprofile.after} and {@code -Dprofile.until} (default
 * ScaledRunBenchmark's load 2; for the example's loads 2 and 3 on an {@link ExampleLoadsBenchmark}
 * lakehouse, {@code 2014-01-25 00:00:00} and {@code 2014-07-01 00:00:00}).
 * Read-only on the database (run after the benchmark, nothing else holding the lakehouse).
 *
 * <p>Arguments: the project folder, the lakehouse folder (such as
 * {@code target/scaled-run-benchmark/incremental}), a scratch folder for the generated models.
 */
public final class IncrementalRunProfiler {

    private record Profile(String model, long affected, long entities, long rows, double affectedSeconds, double auditSeconds) {
    }

    private IncrementalRunProfiler() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path lake = Path.of(args[1]).resolve("lakehouse.duckdb");
        GeneratedProject generated = Fixture.generate(project, Files.createDirectories(Path.of(args[2])));
        Dialect dialect = Dialect.duckdb();
        List<Profile> profiles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + lake.toAbsolutePath(), readOnly())) {
            for (CompiledModel model : generated.models()) {
                if (model.incremental().isEmpty()) {
                    continue;
                }
                IncrementalStatements sql = model.incremental().get();
                String relation = dialect.relation(model.name());
                long start = System.nanoTime();
                long affected;
                try (PreparedStatement p = c.prepareStatement("SELECT count(DISTINCT entity) FROM (" + sql.affected().sql() + ") AS a")) {
                    p.setString(1, System.getProperty("profile.after", "2024-01-01 00:00:00"));
                    p.setString(2, System.getProperty("profile.until", "2024-02-01 00:00:00"));
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        affected = rs.getLong(1);
                    }
                }
                double affectedSeconds = (System.nanoTime() - start) / 1e9;
                long[] totals = longs(c, "SELECT count(DISTINCT " + dialect.identifier(sql.entityColumn()) + "), count(*) FROM " + relation);
                String grain = model.grain().stream().map(dialect::identifier).collect(Collectors.joining(", "));
                String key = model.grain().stream().map(g -> "coalesce(CAST(" + dialect.identifier(g) + " AS VARCHAR), 'NULL')")
                        .collect(Collectors.joining(" || '~' || "));
                start = System.nanoTime();
                longs(c, "SELECT coalesce(sum(copies), 0) FROM (SELECT " + key + " AS key, count(*) AS copies FROM " + relation
                        + " GROUP BY " + grain + " HAVING count(*) > 1) AS offending");
                double auditSeconds = (System.nanoTime() - start) / 1e9;
                profiles.add(new Profile(model.name().qualified(), affected, totals[0], totals[1], affectedSeconds, auditSeconds));
            }
        }
        profiles.sort(Comparator.comparingLong(Profile::affected).reversed());
        System.out.println("incremental models by entities the 1% change load affects (affected / all entities; rows; "
                + "affected-entities query s; full-table grain audit s):");
        for (Profile p : profiles.subList(0, Math.min(25, profiles.size()))) {
            System.out.printf(Locale.ROOT, "  %-70s %,9d / %,9d (%5.1f%%)  %,10d rows  affected %.2f s  audit %.2f s%n", p.model(),
                    p.affected(), p.entities(), 100.0 * p.affected() / Math.max(1, p.entities()), p.rows(), p.affectedSeconds(),
                    p.auditSeconds());
        }
        long affected = profiles.stream().mapToLong(Profile::affected).sum();
        long entities = profiles.stream().mapToLong(Profile::entities).sum();
        System.out.printf(Locale.ROOT, "all %d incremental models: %,d of %,d entities affected (%.1f%%); affected-entities queries %.2f s,"
                + " grain audits %.2f s%n", profiles.size(), affected, entities, 100.0 * affected / Math.max(1, entities),
                profiles.stream().mapToDouble(Profile::affectedSeconds).sum(), profiles.stream().mapToDouble(Profile::auditSeconds).sum());
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    private static long[] longs(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }
}
