package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A disk that fills up during a run: the run fails with the file system's reason, queries still
 * work, and once space is freed the next run finishes the job with nothing lost (its tables equal
 * a clean run's). The lakehouse lives on a 16 MiB tmpfs of the child processes' own
 * ({@code unshare --mount}), which needs root; elsewhere the test is skipped, saying so.
 */
class DiskFullIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"DUCKDB", "DELTA"})
    void afterTheDiskFilledUpAndSpaceIsFreedTheNextRunFinishesTheJobAndNothingIsLost(TableFormat format)
            throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")) && canMountTmpfs(),
                "a small file system of the test's own needs root and `unshare --mount`: the full disk is not checked");
        Path mount = Files.createDirectories(temp.resolve("small-disk"));
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String child = "\"" + java + "\" -cp \"$CP\" " + DiskFullMain.class.getName() + " \"$0\" \"$1\" \"$2\"";
        String script = "mount -t tmpfs -o size=16m tmpfs \"$0\" || exit 3\n"
                + child + " fill 0\n"
                + child + " full\n"
                + "rm -f \"$0/ballast\"\n"
                + child + " freed\n";
        ProcessBuilder builder = new ProcessBuilder("unshare", "--mount", "sh", "-c", script, mount.toString(),
                scratch.toString(), format.configName()).redirectErrorStream(true);
        builder.environment().put("CP", System.getProperty("java.class.path"));
        Process process = builder.start();
        List<String> steps;
        try {
            assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("the children ended in time").isTrue();
            steps = new String(process.getInputStream().readAllBytes()).lines().filter(l -> l.startsWith("STEP ")).toList();
        } finally {
            process.destroyForcibly();
        }

        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("STEP RUN-FULL FAILED LH302: model ")
                .contains("No space left on device"));
        assertThat(steps).contains("STEP QUERY-FULL [[4]]");
        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("STEP RUN-STILL-FULL FAILED LH3")
                .contains("No space left on device"));
        assertThat(steps).contains("STEP QUERY-FREED [[4]]", "STEP RUN-FREED done", "STEP RUN-AGAIN 0 models");
        assertThat(steps.stream().filter(s -> s.startsWith("STEP DIGEST ")).toList()).isEqualTo(cleanDigests(format));
    }

    /** The digest lines of a clean run over the same two loads. */
    private List<String> cleanDigests(TableFormat format) {
        GeneratedProject generated = Fixture.copy("geo", temp.resolve("clean-project")).generate();
        Lakehouse clean = Lakehouse.open(temp.resolve("clean"), format);
        GeoLoads.land(clean.landing(generated), 1);
        GeoLoads.land(clean.landing(generated), 2);
        clean.run(generated);
        List<String> lines = new ArrayList<>();
        for (ModelName table : Fixture.tables(generated)) {
            lines.add("STEP DIGEST " + table.qualified() + " " + clean.query(DiskFullMain.digest(table), 10).rows());
        }
        return lines;
    }

    private boolean canMountTmpfs() throws InterruptedException {
        try {
            Path probe = Files.createDirectories(temp.resolve("probe"));
            Process p = new ProcessBuilder("unshare", "--mount", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$0\"",
                    probe.toString()).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
