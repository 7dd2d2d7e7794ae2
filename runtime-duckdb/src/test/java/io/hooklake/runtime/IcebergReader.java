package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.jdbc.JdbcCatalog;

/** Iceberg's own JDBC catalog and scan planning, with Iceberg's Hadoop file layer: independent of the lakehouse's. */
final class IcebergReader {

    private IcebergReader() {
    }

    static JdbcCatalog catalog(Path lakehouse) {
        JdbcCatalog catalog = new JdbcCatalog();
        catalog.setConf(new org.apache.hadoop.conf.Configuration());
        catalog.initialize("hooklake", Map.of(CatalogProperties.URI, "jdbc:sqlite:" + lakehouse.resolve("iceberg-catalog.db"),
                CatalogProperties.WAREHOUSE_LOCATION, lakehouse.resolve("tables").toUri().toString(),
                CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.hadoop.HadoopFileIO"));
        return catalog;
    }

    static Table table(Path lakehouse, ModelName table) {
        // The catalog stays open: the table commits through it.
        return catalog(lakehouse).loadTable(TableIdentifier.of(table.schema(), table.name()));
    }

    /** The live files of the current snapshot, as local paths. */
    static List<String> files(Path lakehouse, ModelName name) {
        return files(table(lakehouse, name));
    }

    /** The live files of the current snapshot of {@code table}, as local paths. */
    static List<String> files(Table table) {
        List<String> files = new ArrayList<>();
        try (CloseableIterable<FileScanTask> tasks = table.newScan().planFiles()) {
            for (FileScanTask task : tasks) {
                files.add(task.file().location().replaceFirst("^file:(//)?", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
