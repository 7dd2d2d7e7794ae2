package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import java.nio.file.Path;
import java.util.List;

final class IcebergReader {
    static List<String> files(Path lakehouse, ModelName table) {
        throw new UnsupportedOperationException();
    }
}
