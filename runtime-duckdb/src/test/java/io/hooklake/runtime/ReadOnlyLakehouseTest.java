package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lakehouse its user may not write (a read-only mount, a copy with read permissions only):
 * queries work, a run is refused with the file system's reason, and nothing changes; the folder
 * is a copy of a lakehouse built elsewhere, whose original is gone. As root,
 * whom permissions do not stop, the folder is made read-only by a read-only bind mount in a mount
 * namespace of the child process's own ({@code unshare --mount}); otherwise by permissions.
 */
@Timeout(300)
class ReadOnlyLakehouseTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DUCKDB", "DELTA", "ICEBERG"})
    void queriesWorkAndARunIsRefusedWithTheReason(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        Path original = temp.resolve("original");
        Lakehouse lakehouse = Lakehouse.open(original, format);
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(fixture.generate());
        // A copy elsewhere, the original gone: the read-only copy must read its own files.
        Path directory = temp.resolve("lake");
        RelocationTest.copyFolder(original, directory);
        RelocationTest.deleteFolder(original);
        var before = QuerySandboxTest.files(directory);

        List<String> output = runReadOnly(directory, format);

        assertThat(output).contains("QUERY [[2]]");
        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("RUN LH312: cannot write to the lakehouse at "
                + directory + " (").endsWith("); a run, plan or ingest writes there, a query only reads"));
        assertThat(output).noneSatisfy(line -> assertThat(line).contains("Exception"));
        assertThat(QuerySandboxTest.files(directory)).isEqualTo(before);
    }

    private List<String> runReadOnly(Path directory, TableFormat format) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> child = List.of(java, "-cp", System.getProperty("java.class.path"),
                ReadOnlyLakehouseMain.class.getName(), directory.toString(), temp.resolve("scratch").toString(),
                format.configName());
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(canUnshare(), "running as root, whom file permissions do not stop, and `unshare --mount`"
                    + " cannot make a read-only bind mount here: the read-only lakehouse is not checked");
            command.addAll(List.of("unshare", "--mount", "sh", "-c",
                    "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"", directory.toString()));
        } else {
            readOnly(directory);
        }
        command.addAll(child);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child ended in time").isTrue();
            return new String(process.getInputStream().readAllBytes()).lines().toList();
        } finally {
            process.destroyForcibly();
        }
    }

    private static boolean canUnshare() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "--mount", "sh", "-c",
                    "mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp").redirectErrorStream(true).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readOnly(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }
}
