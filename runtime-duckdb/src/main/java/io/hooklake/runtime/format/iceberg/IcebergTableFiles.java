package io.hooklake.runtime.format.iceberg;

import io.hooklake.runtime.format.ColumnSpec;
import io.hooklake.runtime.format.TableFiles;
import io.hooklake.runtime.format.TableId;
import io.hooklake.runtime.format.TableSnapshot;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

public final class IcebergTableFiles implements TableFiles {
    public static final String CATALOG_FILE = "catalog.db";
    public IcebergTableFiles(Object... args) { }
    public Optional<TableSnapshot> current(Connection c, TableId t) { throw new UnsupportedOperationException(); }
    public PendingWrite prepare(Connection c, TableId t, List<ColumnSpec> columns, WriteMode mode) { throw new UnsupportedOperationException(); }
    public List<TableId> list(Connection c, String schema) { throw new UnsupportedOperationException(); }
    public void drop(Connection c, TableId t) { throw new UnsupportedOperationException(); }
    public boolean commitsWithDatabase() { return false; }
}
