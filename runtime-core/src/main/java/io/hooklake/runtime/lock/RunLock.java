package io.hooklake.runtime.lock;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.LakehouseLockedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lakehouse's run lock: an OS lock on {@code <dir>/.lock}, held while a run (or a plan or a
 * landing) has the database open. The OS frees it when the process dies, so a killed run never
 * leaves a stale lock. The file holds the holder's pid, for the message another run gets.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws LakehouseLockedException at once when another run holds it */
    public static RunLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                close(channel);
                throw new LakehouseLockedException(directory, "this process");
            }
            if (lock == null) {
                String holder = holder(file);
                close(channel);
                throw new LakehouseLockedException(directory, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            close(channel);
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "pid unknown" : text;
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to free
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
