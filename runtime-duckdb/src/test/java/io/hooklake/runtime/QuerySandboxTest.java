package io.hooklake.runtime;

import io.hooklake.runtime.lock.RunLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.lock.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A query reads the lakehouse's tables and nothing else, in every table format: each way a
 * statement could write a file, read one outside the lakehouse or change a setting is refused with
 * a clear code, and afterwards every file in the lakehouse, and beside it, is as it was.
 */
@Timeout(300)
class QuerySandboxTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void nothingButReadingTheLakehouseIsAllowedAndNothingChanges(TableFormat format) throws IOException {
        Fixture fixture = Fixture.copy("geo", temp);
        Path directory = temp.resolve("lake");
        Lakehouse lakehouse = Lakehouse.open(directory, format);
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());
        Path outside = temp.resolve("outside.txt");
        Files.writeString(outside, "secret\n");
        String lake = directory.toAbsolutePath().toString();
        Map<String, String> before = files(temp);

        assertThat(lakehouse.query("SELECT count(*) AS n FROM das.landed__geo__countries", 10).rows())
                .containsExactly(java.util.List.of("2"));
        assertThat(lakehouse.query("DESCRIBE das.landed__geo__countries", 10).columns()).contains("column_name");
        assertThat(lakehouse.query("SHOW ALL TABLES;", 100).rows()).isNotEmpty();

        Map<String, ErrorCode> refused = new TreeMap<>();
        refused.put("COPY (SELECT 1) TO '" + temp + "/x.csv'", ErrorCode.QUERY_REFUSED);
        refused.put("COPY (SELECT 1) TO '" + lake + "/lakehouse.properties' (FORMAT csv)", ErrorCode.QUERY_REFUSED);
        refused.put("COPY (SELECT 1) TO '" + lake + "/x.parquet' (FORMAT parquet)", ErrorCode.QUERY_REFUSED);
        refused.put("SELECT 1; COPY (SELECT 1) TO '" + lake + "/y.csv'", ErrorCode.QUERY_REFUSED);
        refused.put("SELECT 1; SELECT 2", ErrorCode.QUERY_REFUSED);
        refused.put("EXPORT DATABASE '" + lake + "/export'", ErrorCode.QUERY_REFUSED);
        refused.put("ATTACH '" + temp + "/other.duckdb' AS other", ErrorCode.QUERY_REFUSED);
        refused.put("SET threads = 1", ErrorCode.QUERY_REFUSED);
        refused.put("PRAGMA enable_profiling", ErrorCode.QUERY_REFUSED);
        refused.put("CHECKPOINT", ErrorCode.QUERY_REFUSED);
        refused.put("INSTALL httpfs", ErrorCode.QUERY_REFUSED);
        refused.put("CREATE TEMP TABLE t AS SELECT 1", ErrorCode.QUERY_REFUSED);
        refused.put("DROP TABLE das.landed__geo__countries", ErrorCode.QUERY_REFUSED);
        refused.put("SHOW TABLES); COPY (SELECT 1) TO '" + lake + "/z.csv'; --", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM read_text('/etc/passwd')", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM read_text('" + outside + "')", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM read_text('" + lake + "/../outside.txt')", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM read_blob('" + outside + "')", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM read_csv('" + outside + "')", ErrorCode.QUERY_FAILED);
        refused.put("SELECT * FROM glob('" + temp + "/*')", ErrorCode.QUERY_FAILED);
        refused.forEach((sql, code) -> {
            LakehouseException failure = catchThrowableOfType(LakehouseException.class, () -> lakehouse.query(sql, 10));
            assertThat(failure).as(sql).isNotNull();
            assertThat(failure.code()).as(sql).isEqualTo(code);
            assertThat(failure.getMessage()).as(sql).doesNotContain("Exception");
        });
        assertThat(catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query("SELECT * FROM read_text('/etc/passwd')", 10)).getMessage())
                .contains("/etc/passwd", "disabled by configuration");
        assertThat(catchThrowableOfType(LakehouseException.class,
                () -> lakehouse.query("COPY (SELECT 1) TO 'x.csv'", 10)).getMessage())
                .isEqualTo("LH315: the query is not read-only: COPY is refused; a query reads the lakehouse's tables"
                        + " with one SELECT (or DESCRIBE, SHOW, SUMMARIZE) and changes nothing");

        assertThat(files(temp)).isEqualTo(before);
        assertThat(lakehouse.query("SELECT count(*) AS n FROM das.landed__geo__countries", 10).rows())
                .containsExactly(java.util.List.of("2"));
    }

    @Test
    void aRunawayQueryIsStoppedAtItsTimeLimit() {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());

        long start = System.nanoTime();
        LakehouseException failure = catchThrowableOfType(LakehouseException.class, () -> lakehouse.query(
                "SELECT count(*) FROM range(1000000000) a, range(1000000000) b", 10, Duration.ofMillis(500)));

        assertThat(failure.code()).isEqualTo(ErrorCode.QUERY_TIME_LIMIT);
        assertThat(failure.getMessage()).isEqualTo("LH316: the query ran longer than its time limit of 500 ms and"
                + " was stopped; narrow it, or give a longer limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(lakehouse.query("SELECT 1 AS one", 10).rows()).containsExactly(java.util.List.of("1"));
    }

    @Test
    void severalQueriesReadAtOnceButNotWhileARunHoldsTheLakehouse() {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());

        try (var reader = RunLock.acquireShared(lakehouse.directory()).orElseThrow()) {
            assertThat(lakehouse.query("SELECT count(*) FROM das.landed__geo__countries", 10).rows())
                    .containsExactly(java.util.List.of("2"));
        }
        try (RunLock run = RunLock.acquire(lakehouse.directory())) {
            LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                    () -> lakehouse.query("SELECT 1", 10));
            assertThat(failure.code()).isEqualTo(ErrorCode.LAKEHOUSE_LOCKED);
        }
    }

    /** Every file under {@code root} with a digest of its bytes, lock file aside. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(RunLock.FILE))
                    .forEach(p -> files.put(root.relativize(p).toString(), digest(p)));
        }
        return files;
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
