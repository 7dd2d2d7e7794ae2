package io.hooklake.runtime.duckdb.delta;

import io.delta.kernel.defaults.engine.fileio.FileIO;
import io.delta.kernel.defaults.engine.fileio.InputFile;
import io.delta.kernel.defaults.engine.fileio.OutputFile;
import io.delta.kernel.defaults.engine.fileio.PositionOutputStream;
import io.delta.kernel.defaults.engine.fileio.SeekableInputStream;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import io.hooklake.runtime.duckdb.storage.Locations;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Delta Kernel's file layer on the local file system, without Hadoop's: listing, reading with
 * seeks, writing, and the atomic put-if-absent a Delta commit needs (a hard link, which fails
 * when the target exists). Missing files raise {@link FileNotFoundException}, as Kernel expects.
 */
final class LocalFileIO implements FileIO {

    @Override
    public CloseableIterator<FileStatus> listFrom(String filePath) throws IOException {
        Path from = Locations.localPath(filePath);
        Path dir = from.getParent();
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException("no such folder: " + dir);
        }
        String start = from.getFileName().toString();
        List<FileStatus> found;
        try (Stream<Path> list = Files.list(dir)) {
            found = list.filter(p -> p.getFileName().toString().compareTo(start) >= 0)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(LocalFileIO::status).toList();
        }
        Iterator<FileStatus> it = found.iterator();
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public FileStatus next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    private static FileStatus status(Path path) {
        try {
            return FileStatus.of(qualified(path), Files.size(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public FileStatus getFileStatus(String path) throws IOException {
        Path file = Locations.localPath(path);
        if (!Files.exists(file)) {
            throw new FileNotFoundException("no such file: " + file);
        }
        return status(file);
    }

    @Override
    public String resolvePath(String path) {
        return qualified(Locations.localPath(path));
    }

    /** Kernel's (Hadoop's) spelling of a local path: {@code file:/a/b}. */
    static String qualified(Path path) {
        return "file:" + path.toAbsolutePath().normalize();
    }

    @Override
    public boolean mkdirs(String path) throws IOException {
        Files.createDirectories(Locations.localPath(path));
        return true;
    }

    @Override
    public InputFile newInputFile(String path, long fileSize) {
        Path file = Locations.localPath(path);
        return new InputFile() {
            @Override
            public long length() throws IOException {
                return fileSize >= 0 ? fileSize : Files.size(file);
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public SeekableInputStream newStream() throws IOException {
                try {
                    return new ChannelInputStream(FileChannel.open(file, StandardOpenOption.READ));
                } catch (NoSuchFileException e) {
                    throw new FileNotFoundException("no such file: " + file);
                }
            }
        };
    }

    @Override
    public OutputFile newOutputFile(String path) {
        Path file = Locations.localPath(path);
        return new OutputFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public PositionOutputStream create(boolean overwrite) throws IOException {
                Files.createDirectories(file.getParent());
                OutputStream out = overwrite ? Files.newOutputStream(file)
                        : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new CountingOutputStream(new BufferedOutputStream(out));
            }

            @Override
            public void writeAtomically(CloseableIterator<String> lines, boolean overwrite) throws IOException {
                Files.createDirectories(file.getParent());
                Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
                try (lines; var writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    while (lines.hasNext()) {
                        writer.write(lines.next());
                        writer.write('\n');
                    }
                }
                try {
                    if (overwrite) {
                        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.createLink(file, temp);
                    }
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    throw new FileAlreadyExistsException(file.toString());
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        };
    }

    @Override
    public boolean delete(String path) throws IOException {
        return Files.deleteIfExists(Locations.localPath(path));
    }

    @Override
    public Optional<String> getConf(String key) {
        return Optional.empty();
    }

    @Override
    public void copyFileAtomically(String from, String to, boolean overwrite) throws IOException {
        Path target = Locations.localPath(to);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.copy(Locations.localPath(from), temp);
        try {
            if (overwrite) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createLink(target, temp);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A seekable stream over a file channel. */
    private static final class ChannelInputStream extends SeekableInputStream {
        private final FileChannel channel;

        ChannelInputStream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            int n = channel.read(one);
            return n <= 0 ? -1 : one.get(0) & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            return channel.read(ByteBuffer.wrap(b, off, len));
        }

        @Override
        public long getPos() throws IOException {
            return channel.position();
        }

        @Override
        public void seek(long position) throws IOException {
            channel.position(position);
        }

        @Override
        public void readFully(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("end of file after " + (len - buffer.remaining()) + " of " + len + " bytes");
                }
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Counts the bytes written, for the position Parquet writers ask for. */
    private static final class CountingOutputStream extends PositionOutputStream {
        private final OutputStream out;
        private long position;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
