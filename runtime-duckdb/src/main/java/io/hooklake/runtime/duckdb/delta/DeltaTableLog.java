package io.hooklake.runtime.duckdb.delta;

import io.delta.kernel.Operation;
import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionCommitResult;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.hook.PostCommitHook;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.SnapshotImpl;
import io.delta.kernel.internal.actions.AddFile;
import io.delta.kernel.internal.actions.SingleAction;
import io.delta.kernel.statistics.DataFileStatistics;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.duckdb.storage.ColumnSpec;
import io.hooklake.runtime.duckdb.storage.DataFile;
import io.hooklake.runtime.duckdb.storage.Locations;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Delta Lake tables through Delta Kernel: {@code <root>/<schema>/<name>/} with its
 * {@code _delta_log}. A write is one commit: an append adds the new files; an overwrite removes
 * every live file and adds the new ones (Kernel 4.4 has no public remove action: the internal
 * {@code AddFile.toRemoveFileRow} is used); a change of columns replaces the table (a new table
 * id, the history kept). Tables with deletion vectors, column mapping or partitions are refused
 * ({@code LH308}), since listing their files would not give their rows.
 */
public final class DeltaTableLog implements TableLog {

    private static final String ENGINE_INFO = "hooklake";

    private final String root;
    private final Engine engine = DefaultEngine.create(new LocalFileIO());

    /** @param root the folder URI holding {@code <schema>/<name>} tables */
    public DeltaTableLog(String root) {
        this.root = root;
    }

    private String location(TableId table) {
        return Locations.child(root, table.schema(), table.name());
    }

    private Optional<Snapshot> snapshot(TableId table) {
        if (!Files.isDirectory(Locations.localPath(location(table)).resolve("_delta_log"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(TableManager.loadSnapshot(location(table)).build(engine));
        } catch (TableNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The highest commit file of the table's log: {@code _delta_log/<20 digits>.json}. */
    @Override
    public OptionalLong latestVersion(TableId table) {
        Path log = Locations.localPath(location(table)).resolve("_delta_log");
        long latest = -1;
        try (DirectoryStream<Path> commits = Files.newDirectoryStream(log, "*.json")) {
            for (Path commit : commits) {
                String name = commit.getFileName().toString();
                if (name.length() == 25 && name.substring(0, 20).chars().allMatch(Character::isDigit)) {
                    latest = Math.max(latest, Long.parseLong(name.substring(0, 20)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
        return latest < 0 ? OptionalLong.empty() : OptionalLong.of(latest);
    }

    @Override
    public Optional<TableSnapshot> current(Connection connection, TableId table) {
        return snapshot(table).map(snapshot -> read(table, snapshot));
    }

    @Override
    public Optional<TableSnapshot> asOf(TableId table, Instant moment) {
        Optional<Snapshot> latest = snapshot(table);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        long millis = moment.toEpochMilli();
        if (millis >= latest.get().getTimestamp(engine)) {
            return Optional.of(read(table, latest.get()));
        }
        Snapshot then;
        try {
            then = TableManager.loadSnapshot(location(table)).atTimestamp(millis, latest.get()).build(engine);
        } catch (KernelException e) {
            if (String.valueOf(e.getMessage()).contains("before the earliest")) {
                return Optional.empty();
            }
            throw new LakehouseException(ErrorCode.VERSION_GONE, "the version of Delta table " + table.qualified()
                    + " at " + moment + " cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(read(table, then));
    }

    private TableSnapshot read(TableId table, Snapshot snapshot) {
        refuseUnsupported(table, snapshot);
        List<String> files = new ArrayList<>();
        for (Row scanFile : scanFiles(snapshot, false)) {
            if (InternalScanFileUtils.getDeletionVectorDescriptorFromRow(scanFile) != null) {
                throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Delta table " + location(table) + " version " + snapshot.getVersion()
                        + " has deletion vectors (rows deleted without rewriting their files), which this lakehouse does"
                        + " not apply; rewrite the table without them (in Spark: REORG TABLE ... APPLY (PURGE)) or land"
                        + " its rows with ingest");
            }
            files.add(Locations.localPath(InternalScanFileUtils.getAddFileStatus(scanFile).getPath()).toString());
        }
        return new TableSnapshot(snapshot.getVersion(), DeltaTypes.columns(snapshot.getSchema(), table.qualified()), files);
    }

    private void refuseUnsupported(TableId table, Snapshot snapshot) {
        String mapping = snapshot.getTableProperties().getOrDefault("delta.columnMapping.mode", "none");
        if (!"none".equalsIgnoreCase(mapping)) {
            throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Delta table " + location(table) + " uses column mapping (mode "
                    + mapping + "): its files name columns differently from the table, which this lakehouse does not"
                    + " translate; write the table without column mapping or land its rows with ingest");
        }
        if (!snapshot.getPartitionColumnNames().isEmpty()) {
            throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Delta table " + location(table) + " is partitioned by "
                    + snapshot.getPartitionColumnNames() + ": partition values are not in its files, which this"
                    + " lakehouse reads as they are; write it unpartitioned or land its rows with ingest");
        }
    }

    private List<Row> scanFiles(Snapshot snapshot, boolean withStats) {
        List<Row> rows = new ArrayList<>();
        Scan scan = snapshot.getScanBuilder().build();
        try (CloseableIterator<FilteredColumnarBatch> batches = scan.getScanFiles(engine, withStats)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> batch = batches.next().getRows()) {
                    batch.forEachRemaining(rows::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public PendingWrite prepare(Connection connection, TableId table, List<ColumnSpec> columns, WriteMode mode) {
        StructType schema = DeltaTypes.schema(columns);
        Optional<Snapshot> existing = snapshot(table);
        existing.ifPresent(s -> refuseUnsupported(table, s));
        Path folder = Locations.localPath(location(table));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot create the table folder " + folder + ": " + e.getMessage(), e);
        }
        boolean sameSchema = existing.map(s -> s.getSchema().equals(schema)).orElse(false);
        if (existing.isPresent() && !sameSchema && mode == WriteMode.APPEND) {
            throw new LakehouseException(ErrorCode.TABLE_COLUMNS_CHANGED, "the columns of Delta table " + location(table) + " ("
                    + existing.get().getSchema() + ") differ from those written (" + schema + ")");
        }
        return new PendingWrite() {
            @Override
            public String dataDirectory() {
                return folder.toString();
            }

            @Override
            public long commit(List<DataFile> files, Map<String, String> properties) {
                Transaction transaction;
                List<Row> removes = new ArrayList<>();
                if (existing.isEmpty()) {
                    transaction = TableManager.buildCreateTableTransaction(location(table), schema, ENGINE_INFO)
                            .build(engine);
                } else if (!sameSchema) {
                    transaction = ((SnapshotImpl) existing.get()).buildReplaceTableTransaction(schema, ENGINE_INFO)
                            .build(engine);
                } else {
                    transaction = existing.get().buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE).build(engine);
                    if (mode == WriteMode.OVERWRITE) {
                        for (Row scanFile : scanFiles(existing.get(), true)) {
                            Row add = scanFile.getStruct(InternalScanFileUtils.ADD_FILE_ORDINAL);
                            removes.add(SingleAction.createRemoveFileSingleAction(
                                    new AddFile(add).toRemoveFileRow(true, Optional.of(existing.get().getVersion()))));
                        }
                    }
                }
                Row state = transaction.getTransactionState(engine);
                List<DataFileStatus> statuses = new ArrayList<>();
                for (DataFile file : files) {
                    Path path = Path.of(file.location());
                    long modified;
                    try {
                        modified = Files.getLastModifiedTime(path).toMillis();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    statuses.add(new DataFileStatus(LocalFileIO.qualified(path), file.sizeBytes(), modified,
                            Optional.of(new DataFileStatistics(file.rows(), Map.of(), Map.of(), Map.of(),
                                    Optional.empty()))));
                }
                List<Row> actions = new ArrayList<>(removes);
                try (CloseableIterator<Row> appends = Transaction.generateAppendActions(engine, state,
                        iterator(statuses), Transaction.getWriteContext(engine, state, Map.of()))) {
                    appends.forEachRemaining(actions::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                TransactionCommitResult result = transaction.commit(engine,
                        CloseableIterable.inMemoryIterable(iterator(actions)));
                for (PostCommitHook hook : result.getPostCommitHooks()) {
                    try {
                        hook.threadSafeInvoke(engine);
                    } catch (IOException | RuntimeException e) {
                        // A checkpoint or checksum is an optimisation; the commit stands without it.
                    }
                }
                return result.getVersion();
            }
        };
    }

    private static <T> CloseableIterator<T> iterator(List<T> items) {
        Iterator<T> it = items.iterator();
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public List<TableId> list(Connection connection, String schema) {
        Path folder = Locations.localPath(Locations.child(root, schema));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isDirectory(p.resolve("_delta_log")))
                    .map(p -> new TableId(schema, p.getFileName().toString()))
                    .sorted(Comparator.comparing(TableId::name)).toList();
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void drop(Connection connection, TableId table) {
        Path folder = Locations.localPath(location(table));
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot delete Delta table " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean commitsWithDatabase() {
        return false;
    }
}
