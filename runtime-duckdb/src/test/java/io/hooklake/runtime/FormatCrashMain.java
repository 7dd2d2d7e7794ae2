package io.hooklake.runtime;

import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a lakehouse in a table format and halts the JVM (as {@code kill -9} would: no shutdown
 * hooks, no rollback) right after the {@code n}-th table-format commit of the run, before the
 * database commits. Arguments: project folder, output folder, lakehouse folder, format, n.
 */
public final class FormatCrashMain {

    private FormatCrashMain() {
    }

    public static void main(String[] args) {
        Lakehouse lake = Lakehouse.open(Path.of(args[2]), TableFormat.fromName(args[3]));
        int n = Integer.parseInt(args[4]);
        AtomicInteger commits = new AtomicInteger();
        FileTableStorage.afterFormatCommit = () -> {
            if (commits.incrementAndGet() == n) {
                System.out.println("halting after table-format commit " + n);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
        lake.run(Fixture.generate(Path.of(args[0]), Path.of(args[1])));
        System.out.println("finished without halting");
    }
}
