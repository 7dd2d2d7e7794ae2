package io.hooklake.runtime.duckdb.iceberg;

import io.hooklake.runtime.duckdb.storage.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.InputFile;
import org.apache.iceberg.io.OutputFile;

/** Iceberg's file layer on the local file system, without Hadoop: {@code file:} URIs and plain paths. */
public final class LocalIcebergFileIO implements FileIO {

    @Override
    public InputFile newInputFile(String path) {
        return org.apache.iceberg.Files.localInput(Locations.localPath(path).toFile());
    }

    @Override
    public OutputFile newOutputFile(String path) {
        Path file = Locations.localPath(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return org.apache.iceberg.Files.localOutput(file.toFile());
    }

    @Override
    public void deleteFile(String path) {
        try {
            Files.deleteIfExists(Locations.localPath(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
