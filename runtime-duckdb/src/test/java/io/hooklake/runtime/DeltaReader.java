package io.hooklake.runtime;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.utils.CloseableIterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/** Delta Kernel with its own Hadoop-based engine, independent of the lakehouse's file layer. */
final class DeltaReader {

    private DeltaReader() {
    }

    static Engine engine() {
        return DefaultEngine.create(new Configuration());
    }

    static Snapshot latest(Path folder) {
        Engine engine = engine();
        return Table.forPath(engine, folder.toString()).getLatestSnapshot(engine);
    }

    /** The live files of the latest version, as local paths. */
    static List<String> files(Path folder) {
        return files(engine(), folder);
    }

    /** The live files of the latest version, as local paths, read with {@code engine}. */
    static List<String> files(Engine engine, Path folder) {
        Snapshot snapshot = Table.forPath(engine, folder.toString()).getLatestSnapshot(engine);
        List<String> files = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> batches = snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        String path = InternalScanFileUtils.getAddFileStatus(rows.next()).getPath();
                        files.add(path.replaceFirst("^file:(//)?", ""));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
