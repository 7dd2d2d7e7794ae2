package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Started with its lakehouse on a small file system of its own ({@code unshare --mount} and a
 * tmpfs): builds load 1, lands load 2, fills the file system, runs (which must fail for lack of
 * space), queries, frees the space, runs again and prints each table's digest, each step a line
 * ({@code STEP <name> <outcome>}).
 */
public final class DiskFullMain {

    private DiskFullMain() {
    }

    /**
     * Arguments: the folder on the small file system, a scratch folder elsewhere, the table format,
     * the phase, and for phase {@code fill} how many KiB to leave free. Phases, each its own process:
     * {@code fill} builds load 1, lands load 2, fills the file system but for that many KiB and runs;
     * {@code full} queries and runs while the file system is still full; {@code freed} (after the
     * ballast is deleted) queries, runs, runs again and prints each table's digest.
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        TableFormat format = TableFormat.fromName(args[2]);
        String phase = args[3];
        GeneratedProject generated = Fixture.generate(Fixture.copy("geo", scratch.resolve(phase)).projectDir(),
                scratch.resolve("generated-" + phase));
        Lakehouse lakehouse = Lakehouse.open(directory.resolve("lake"), format);
        switch (phase) {
            case "fill" -> {
                GeoLoads.land(lakehouse.landing(generated), 1);
                lakehouse.run(generated);
                GeoLoads.land(lakehouse.landing(generated), 2);
                fill(directory.resolve("ballast"), Long.parseLong(args[4]) * 1024);
                step("RUN-FULL", () -> lakehouse.run(generated).summary().models() + " models");
            }
            case "full" -> {
                step("QUERY-FULL", () -> lakehouse.query("SELECT count(*) FROM das.landed__geo__countries", 10).rows()
                        .toString());
                step("RUN-STILL-FULL", () -> lakehouse.run(generated).summary().models() + " models");
            }
            case "freed" -> {
                step("QUERY-FREED", () -> lakehouse.query("SELECT count(*) FROM das.landed__geo__countries", 10).rows()
                        .toString());
                step("RUN-FREED", () -> lakehouse.run(generated).summary().succeeded() ? "done" : "failed");
                step("RUN-AGAIN", () -> lakehouse.run(generated).summary().models() + " models");
                for (ModelName table : Fixture.tables(generated)) {
                    step("DIGEST " + table.qualified(), () -> lakehouse.query(digest(table), 10).rows().toString());
                }
            }
            default -> throw new IllegalArgumentException("no phase " + phase);
        }
    }

    /** A table's row count and a sum of its rows' hashes. */
    static String digest(ModelName table) {
        return "SELECT count(*) AS n, sum(CAST(hash(COLUMNS(*)) AS HUGEINT)) FROM " + table.qualified();
    }

    /** Fills the file system with {@code ballast}, then frees {@code free} bytes of it. */
    private static void fill(Path ballast, long free) throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            System.out.println("STEP FILL " + e.getMessage());
        }
        try (var channel = java.nio.channels.FileChannel.open(ballast, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - free));
        }
    }

    private interface Step {
        String run();
    }

    private static void step(String name, Step step) {
        try {
            System.out.println("STEP " + name + " " + step.run());
        } catch (RuntimeException e) {
            System.out.println("STEP " + name + " FAILED " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
