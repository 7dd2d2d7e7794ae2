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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lakehouse's run lock: an OS lock on {@code <dir>/.lock}, held while a run (or a plan or a
 * landing) has the database open. The OS frees it when the process dies, so a killed run never
 * leaves a stale lock. The file holds the holder's pid, for the message another run gets. Queries
 * share a reader's lock: any number of them at once, none while a run holds the lakehouse.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = ".lock";

    /** Readers of this process by lock file: the OS lock is the process's, so they share one. */
    private static final Map<Path, Readers> READERS = new HashMap<>();

    /** This process's shared lock on one lock file and how many readers hold it. */
    private static final class Readers {
        private final RunLock lock;
        private int count = 1;

        Readers(RunLock lock) {
            this.lock = lock;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path readerKey;

    private RunLock(FileChannel channel, FileLock lock, Path readerKey) {
        this.channel = channel;
        this.lock = lock;
        this.readerKey = readerKey;
    }

    private RunLock(FileChannel channel, FileLock lock) {
        this(channel, lock, null);
    }

    /** @throws LakehouseLockedException at once when another run holds it */
    public static RunLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot write to the lakehouse at " + directory
                    + " (" + reason(e) + "); a run, plan or ingest writes there, a query only reads", e);
        }
        try {
            FileLock lock = tryLock(directory, file, channel, false);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            close(channel);
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot lock " + file + " (" + reason(e) + ")", e);
        }
    }

    /**
     * A reader's lock: shared with other readers, refused while a run holds the lakehouse. A
     * lakehouse whose folder nobody may write (a read-only copy or mount) has no run to wait for,
     * so a reader goes on without a lock there ({@link Optional#empty()}).
     *
     * @throws LakehouseLockedException at once when a run holds it
     */
    public static Optional<RunLock> acquireShared(Path directory) {
        Path file = directory.resolve(FILE).toAbsolutePath().normalize();
        synchronized (READERS) {
            Readers held = READERS.get(file);
            if (held != null) {
                held.count++;
                return Optional.of(new RunLock(held.lock.channel, held.lock.lock, file));
            }
            Optional<RunLock> lock = lockShared(directory, file);
            lock.ifPresent(l -> READERS.put(file, new Readers(l)));
            return lock;
        }
    }

    private static Optional<RunLock> lockShared(Path directory, Path file) {
        FileChannel channel;
        try {
            channel = Files.exists(file) ? FileChannel.open(file, StandardOpenOption.READ)
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunLock(channel, tryLock(directory, file, channel, true), file));
        } catch (IOException e) {
            close(channel);
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot lock " + file + " to read (" + reason(e) + ")", e);
        }
    }

    /**
     * Locks the whole of {@code channel} at once, shared or not.
     *
     * @throws LakehouseLockedException when another holds it (the channel is closed then)
     */
    private static FileLock tryLock(Path directory, Path file, FileChannel channel, boolean shared) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new LakehouseLockedException(directory, "this process");
        }
        if (lock == null) {
            String holder = holder(file);
            close(channel);
            throw new LakehouseLockedException(directory, holder);
        }
        return lock;
    }

    /** What the file system said, without repeating the path it names. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
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
        if (readerKey != null) {
            synchronized (READERS) {
                Readers held = READERS.get(readerKey);
                if (--held.count > 0) {
                    return;
                }
                READERS.remove(readerKey);
            }
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
