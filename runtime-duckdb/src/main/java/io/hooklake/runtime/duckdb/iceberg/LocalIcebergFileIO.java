package io.hooklake.runtime.duckdb.iceberg;

import io.hooklake.runtime.duckdb.storage.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.InputFile;
import org.apache.iceberg.io.OutputFile;

/**
 * Iceberg's file layer on the local file system, without Hadoop: {@code file:} URIs and plain paths.
 *
 * <p>Iceberg records absolute paths (the catalog's metadata location, manifest lists, manifests,
 * data files). When the lakehouse was copied or moved, they name the old folder; given the
 * current tables folder ({@value #TABLES_ROOT}), a path outside it that ends in a table of the
 * current folder ({@code .../<schema>/<name>/metadata/...} or {@code .../data/...}) is read and
 * written there instead, so a moved lakehouse never reads its old folder ({@link #relocate}).
 */
public final class LocalIcebergFileIO implements FileIO {

    /** The catalog property naming the current tables folder (a local path). */
    public static final String TABLES_ROOT = "hooklake.tables-root";

    private Path root;

    @Override
    public void initialize(Map<String, String> properties) {
        String tables = properties.get(TABLES_ROOT);
        root = tables == null ? null : Path.of(tables).toAbsolutePath().normalize();
    }

    @Override
    public InputFile newInputFile(String path) {
        return new Named(path, org.apache.iceberg.Files.localInput(local(path).toFile()));
    }

    @Override
    public OutputFile newOutputFile(String path) {
        Path file = local(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OutputFile output = org.apache.iceberg.Files.localOutput(file.toFile());
        return new OutputFile() {
            @Override
            public org.apache.iceberg.io.PositionOutputStream create() {
                return output.create();
            }

            @Override
            public org.apache.iceberg.io.PositionOutputStream createOrOverwrite() {
                return output.createOrOverwrite();
            }

            @Override
            public String location() {
                return path;
            }

            @Override
            public InputFile toInputFile() {
                return new Named(path, output.toInputFile());
            }
        };
    }

    /**
     * A file read where it is now, keeping the location Iceberg named it by: table metadata
     * remembers where it was read from, and a commit checks that against the catalog's record.
     */
    private record Named(String location, InputFile file) implements InputFile {
        @Override
        public long getLength() {
            return file.getLength();
        }

        @Override
        public org.apache.iceberg.io.SeekableInputStream newStream() {
            return file.newStream();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }
    }

    @Override
    public void deleteFile(String path) {
        try {
            Files.deleteIfExists(local(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path local(String location) {
        Path path = Locations.localPath(location);
        return root == null ? path : relocate(root, path);
    }

    /**
     * {@code path} as it is when below {@code root} (the current tables folder); otherwise, when it
     * ends in {@code <schema>/<name>/metadata|data/...} and {@code root} holds that table, the same
     * file below {@code root}; otherwise as it is (a file another engine keeps elsewhere).
     */
    public static Path relocate(Path root, Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (normal.startsWith(root)) {
            return normal;
        }
        for (int i = normal.getNameCount() - 4; i >= 0; i--) {
            String kind = normal.getName(i + 2).toString();
            if ((kind.equals("metadata") || kind.equals("data"))
                    && Files.isDirectory(root.resolve(normal.getName(i).toString()).resolve(normal.getName(i + 1).toString()))) {
                return root.resolve(normal.subpath(i, normal.getNameCount()).toString());
            }
        }
        return normal;
    }
}
