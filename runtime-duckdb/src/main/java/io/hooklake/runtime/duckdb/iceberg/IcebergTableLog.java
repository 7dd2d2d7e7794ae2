package io.hooklake.runtime.duckdb.iceberg;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.duckdb.storage.ColumnSpec;
import io.hooklake.runtime.duckdb.storage.DataFile;
import io.hooklake.runtime.duckdb.storage.Locations;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.HistoryEntry;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotUpdate;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;

/**
 * Apache Iceberg tables with a JDBC catalog on SQLite inside the lakehouse folder ({@value #CATALOG_FILE},
 * catalog name {@value #CATALOG_NAME}); its tables are those of pyiceberg's {@code SqlCatalog}, so
 * Python can open the same catalog. Tables live at {@code <root>/<schema>/<name>/} (metadata/ and
 * data/). A write is one snapshot: an append, or an overwrite of every live file; a change of
 * columns replaces the table in one transaction (history kept). Parquet files carry the Iceberg
 * field ids. Tables with delete files (position or equality deletes) are refused ({@code LH308}).
 */
public final class IcebergTableLog implements TableLog {

    /**
     * Serialises this process's writes to the SQLite catalog: a run's workers create namespaces and
     * commit tables at the same time, and two of them creating one namespace would both try.
     */
    private final Object catalogWrites = new Object();

    /** The SQLite catalog file inside the lakehouse folder. */
    public static final String CATALOG_FILE = "iceberg-catalog.db";

    /** The catalog's name, which pyiceberg must be given to see the tables. */
    public static final String CATALOG_NAME = "hooklake";

    private final Path catalogFile;
    private final String root;
    private JdbcCatalog catalog;

    /**
     * @param catalogFile the SQLite file of the catalog
     * @param root the folder URI holding {@code <schema>/<name>} tables
     */
    public IcebergTableLog(Path catalogFile, String root) {
        this.catalogFile = catalogFile;
        this.root = root;
    }

    private synchronized JdbcCatalog catalog() {
        if (catalog == null) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(CatalogProperties.URI, "jdbc:sqlite:" + catalogFile);
            properties.put(CatalogProperties.WAREHOUSE_LOCATION, root);
            properties.put(CatalogProperties.FILE_IO_IMPL, LocalIcebergFileIO.class.getName());
            properties.put(LocalIcebergFileIO.TABLES_ROOT, Locations.localPath(root).toString());
            JdbcCatalog opened = new JdbcCatalog();
            opened.initialize(CATALOG_NAME, properties);
            catalog = opened;
        }
        return catalog;
    }

    /** A file's local path in the current lakehouse folder (the lakehouse may have been moved since it was written). */
    private String local(String location) {
        return LocalIcebergFileIO.relocate(Locations.localPath(root).toAbsolutePath().normalize(),
                Locations.localPath(location)).toString();
    }

    private static TableIdentifier identifier(TableId table) {
        return TableIdentifier.of(Namespace.of(table.schema()), table.name());
    }

    private String location(TableId table) {
        return Locations.child(root, table.schema(), table.name());
    }

    private Optional<Table> table(TableId table) {
        TableIdentifier id = identifier(table);
        if (!catalog().namespaceExists(id.namespace()) || !catalog().tableExists(id)) {
            return Optional.empty();
        }
        return Optional.of(catalog().loadTable(id));
    }

    @Override
    public Optional<TableSnapshot> current(Connection connection, TableId id) {
        return table(id).map(table -> read(id, table, table.currentSnapshot(), table.schema()));
    }

    @Override
    public Optional<TableSnapshot> asOf(TableId id, Instant moment) {
        Optional<Table> found = table(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Table table = found.get();
        HistoryEntry then = null;
        for (HistoryEntry entry : table.history()) {
            if (entry.timestampMillis() <= moment.toEpochMilli() && (then == null
                    || entry.timestampMillis() >= then.timestampMillis())) {
                then = entry;
            }
        }
        if (then == null) {
            return Optional.empty();
        }
        Snapshot snapshot = table.snapshot(then.snapshotId());
        if (snapshot == null) {
            throw new LakehouseException(ErrorCode.VERSION_GONE, "the snapshot of Iceberg table " + id.qualified() + " at "
                    + moment + " (" + then.snapshotId() + ") is gone: its snapshots were expired");
        }
        Schema schema = snapshot.schemaId() == null ? table.schema() : table.schemas().get(snapshot.schemaId());
        return Optional.of(read(id, table, snapshot, schema));
    }

    private TableSnapshot read(TableId id, Table table, Snapshot snapshot, Schema schema) {
        refuseRenamedColumns(id, table);
        List<String> files = new ArrayList<>();
        if (snapshot != null) {
            try (CloseableIterable<FileScanTask> tasks = table.newScan().useSnapshot(snapshot.snapshotId()).planFiles()) {
                for (FileScanTask task : tasks) {
                    if (!task.deletes().isEmpty()) {
                        throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Iceberg table " + id.qualified() + " snapshot "
                                + snapshot.snapshotId() + " has delete files (" + task.deletes().size() + " for "
                                + task.file().location() + "), rows deleted without rewriting their files, which this"
                                + " lakehouse does not apply; compact the table (rewrite_data_files with delete files"
                                + " applied) or land its rows with ingest");
                    }
                    if (task.file().format() != FileFormat.PARQUET) {
                        throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Iceberg table " + id.qualified() + " has "
                                + task.file().format() + " data files; this lakehouse reads Parquet only");
                    }
                    files.add(local(task.file().location()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.apache.iceberg.exceptions.NotFoundException e) {
                throw new LakehouseException(ErrorCode.VERSION_GONE, "snapshot " + snapshot.snapshotId() + " of Iceberg table "
                        + id.qualified() + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new TableSnapshot(snapshot == null ? 0 : snapshot.sequenceNumber(),
                IcebergTypes.columns(schema, id.qualified()), files);
    }

    /** Files written before a column was renamed hold it under its old name, which reading by name would miss. */
    private static void refuseRenamedColumns(TableId id, Table table) {
        for (Schema earlier : table.schemas().values()) {
            for (Types.NestedField field : table.schema().columns()) {
                Types.NestedField old = earlier.findField(field.fieldId());
                if (old != null && !old.name().equals(field.name())) {
                    throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Iceberg table " + id.qualified() + " renamed column "
                            + old.name() + " to " + field.name() + "; its older files name it differently, which this"
                            + " lakehouse, reading columns by name, does not translate; rewrite the table or land its"
                            + " rows with ingest");
                }
            }
        }
    }

    @Override
    public PendingWrite prepare(Connection connection, TableId id, List<ColumnSpec> columns, WriteMode mode) {
        Schema schema = IcebergTypes.schema(columns);
        Optional<Table> existing = table(id);
        boolean sameSchema = existing.map(t -> t.schema().sameSchema(schema)).orElse(false);
        if (existing.isPresent() && !sameSchema && mode == WriteMode.APPEND) {
            throw new LakehouseException(ErrorCode.TABLE_COLUMNS_CHANGED, "the columns of Iceberg table " + id.qualified() + " ("
                    + existing.get().schema().asStruct() + ") differ from those written (" + schema.asStruct() + ")");
        }
        Transaction transaction;
        if (existing.isEmpty()) {
            synchronized (catalogWrites) {
                if (!catalog().namespaceExists(Namespace.of(id.schema()))) {
                    catalog().createNamespace(Namespace.of(id.schema()), Map.of());
                }
            }
            transaction = catalog().buildTable(identifier(id), schema).withLocation(location(id))
                    .withProperty(TableProperties.FORMAT_VERSION, "2").createTransaction();
        } else if (!sameSchema) {
            transaction = catalog().buildTable(identifier(id), schema).withLocation(location(id)).replaceTransaction();
        } else {
            transaction = existing.get().newTransaction();
        }
        Map<String, Integer> fieldIds = new LinkedHashMap<>();
        for (Types.NestedField field : transaction.table().schema().columns()) {
            fieldIds.put(field.name(), field.fieldId());
        }
        Path data = Locations.localPath(Locations.child(location(id), "data"));
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot create the data folder " + data + ": " + e.getMessage(), e);
        }
        boolean overwrite = mode == WriteMode.OVERWRITE && existing.isPresent() && sameSchema;
        return new PendingWrite() {
            @Override
            public String dataDirectory() {
                return data.toString();
            }

            @Override
            public Map<String, Integer> fieldIds() {
                return fieldIds;
            }

            @Override
            public long commit(List<DataFile> files, Map<String, String> properties) {
                SnapshotUpdate<?> update;
                if (overwrite) {
                    OverwriteFiles o = transaction.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue())
                            .scanManifestsWith(CallerRunsExecutor.INSTANCE).writeManifestsWith(CallerRunsExecutor.INSTANCE, 1);
                    files.forEach(f -> o.addFile(dataFile(transaction.table(), f)));
                    update = o;
                } else {
                    AppendFiles a = transaction.newAppend().scanManifestsWith(CallerRunsExecutor.INSTANCE)
                            .writeManifestsWith(CallerRunsExecutor.INSTANCE, 1);
                    files.forEach(f -> a.appendFile(dataFile(transaction.table(), f)));
                    update = a;
                }
                properties.forEach(update::set);
                synchronized (catalogWrites) {
                    update.commit();
                    transaction.commitTransaction();
                    return catalog().loadTable(identifier(id)).currentSnapshot().sequenceNumber();
                }
            }
        };
    }

    private static org.apache.iceberg.DataFile dataFile(Table table, DataFile file) {
        return DataFiles.builder(table.spec()).withPath(Locations.uri(Path.of(file.location())))
                .withFileSizeInBytes(file.sizeBytes()).withRecordCount(file.rows()).withFormat(FileFormat.PARQUET)
                .build();
    }

    @Override
    public List<TableId> list(Connection connection, String schema) {
        Namespace namespace = Namespace.of(schema);
        if (!catalog().namespaceExists(namespace)) {
            return List.of();
        }
        return catalog().listTables(namespace).stream().map(t -> new TableId(schema, t.name()))
                .sorted(java.util.Comparator.comparing(TableId::name)).toList();
    }

    @Override
    public void drop(Connection connection, TableId table) {
        if (catalog().namespaceExists(Namespace.of(table.schema()))) {
            catalog().dropTable(identifier(table), true);
        }
    }

    /**
     * Gives each table of a copied or moved lakehouse its current folder as its location, so that
     * new metadata and manifests are written there under their own names (the metadata of earlier
     * versions keeps naming the old folder, which {@link LocalIcebergFileIO} reads here).
     */
    @Override
    public void relocate() {
        for (Namespace namespace : catalog().listNamespaces()) {
            for (TableIdentifier identifier : catalog().listTables(namespace)) {
                TableId id = new TableId(namespace.level(0), identifier.name());
                Table table = catalog().loadTable(identifier);
                if (!Locations.localPath(table.location()).toAbsolutePath().normalize()
                        .equals(Locations.localPath(location(id)).toAbsolutePath().normalize())) {
                    synchronized (catalogWrites) {
                        table.updateLocation().setLocation(location(id)).commit();
                    }
                }
            }
        }
    }

    /**
     * The table's current snapshot id, {@code -1} when it has none yet; empty when the catalog has
     * no such table. For an engine that writes the tables itself (Spark) and undoes its writes.
     */
    public OptionalLong currentSnapshot(TableId id) {
        return table(id).map(t -> OptionalLong.of(t.currentSnapshot() == null ? -1 : t.currentSnapshot().snapshotId()))
                .orElse(OptionalLong.empty());
    }

    /** The rows snapshot {@code snapshotId} of the table added (its summary's {@code added-records}), empty when unknown. */
    public OptionalLong addedRows(TableId id, long snapshotId) {
        Optional<Snapshot> snapshot = table(id).map(t -> t.snapshot(snapshotId));
        String added = snapshot.map(s -> s.summary().get("added-records")).orElse(null);
        if (added != null) {
            return OptionalLong.of(Long.parseLong(added));
        }
        // A snapshot that added no file records no count.
        return snapshot.isPresent() && snapshot.get().summary().containsKey("total-records") ? OptionalLong.of(0)
                : OptionalLong.empty();
    }

    /**
     * Makes snapshot {@code snapshotId} the table's current one again, as a new metadata version
     * (the later snapshots stay in its history); {@code -1}, the state of a table without a
     * snapshot, deletes every row.
     */
    public void rollBack(TableId id, long snapshotId) {
        Table table = table(id).orElseThrow(() -> new IllegalStateException("no Iceberg table " + id.qualified()));
        synchronized (catalogWrites) {
            if (snapshotId < 0) {
                table.newDelete().deleteFromRowFilter(Expressions.alwaysTrue()).commit();
            } else {
                table.manageSnapshots().setCurrentSnapshot(snapshotId).commit();
            }
        }
    }

    /**
     * Takes the table out of the catalog, keeping its files; returns the location of its current
     * metadata, with which {@link #register} puts it back. Empty when there is no such table.
     */
    public Optional<String> unregister(TableId id) {
        Optional<Table> table = table(id);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String metadata = ((org.apache.iceberg.HasTableOperations) table.get()).operations().current().metadataFileLocation();
        synchronized (catalogWrites) {
            catalog().dropTable(identifier(id), false);
        }
        return Optional.of(metadata);
    }

    /** Puts a table taken out by {@link #unregister} back in the catalog, at its metadata then. */
    public void register(TableId id, String metadataLocation) {
        synchronized (catalogWrites) {
            if (!catalog().namespaceExists(Namespace.of(id.schema()))) {
                catalog().createNamespace(Namespace.of(id.schema()), Map.of());
            }
            catalog().registerTable(identifier(id), metadataLocation);
        }
    }

    @Override
    public boolean commitsWithDatabase() {
        return false;
    }
}
