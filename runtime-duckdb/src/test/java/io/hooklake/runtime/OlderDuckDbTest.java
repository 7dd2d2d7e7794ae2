package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lakehouse database opens in DuckDB 1.4, the oldest version docs/getting-started.md names:
 * a JVM with only duckdb_jdbc 1.4.4 on its class path (copied to {@code target/older-duckdb} by the
 * build) reads the landed table and a bridge of a lakehouse this version built.
 */
@Timeout(300)
class OlderDuckDbTest {

    private static final Path OLDER = Path.of("target/older-duckdb/duckdb_jdbc-older.jar");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DUCKDB", "DELTA"})
    void duckDb14ReadsTheLakehouse(TableFormat format) throws Exception {
        assertThat(OLDER).as("the build copies duckdb_jdbc 1.4 there").isRegularFile();
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"), format);
        GeoLoads.land(lakehouse.landing(fixture.generate()), 2);
        lakehouse.run(fixture.generate());
        String sql = "SELECT count(*) FROM dar__staging.bridge__geo__orders";
        long rows = Databases.count(Databases.file(lakehouse), "SELECT * FROM dar__staging.bridge__geo__orders");

        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", OLDER.toAbsolutePath() + File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), OlderDuckDbMain.class.getName(),
                Databases.file(lakehouse).toString(), sql).redirectErrorStream(true).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            List<String> out = new String(process.getInputStream().readAllBytes()).lines().toList();
            assertThat(out).as(String.join("\n", out)).contains("VERSION v1.4.4", "ROW " + rows);
        } finally {
            process.destroyForcibly();
        }
        assertThat(Files.size(Databases.file(lakehouse))).isPositive();
    }
}
