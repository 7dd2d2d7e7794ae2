package io.hooklake.runtime;

import io.hooklake.runtime.lock.RunLock;
import java.io.IOException;
import java.nio.file.Path;

/** Holds a lakehouse's lock in its own JVM until its standard input closes. Argument: lakehouse folder. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
