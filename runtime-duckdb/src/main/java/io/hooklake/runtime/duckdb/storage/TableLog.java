package io.hooklake.runtime.duckdb.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The table-format seam: lists the live files of a table's current version and commits files
 * DuckDB wrote as a new version. One implementation per format: {@link ParquetTableLog},
 * {@link io.hooklake.runtime.duckdb.delta.DeltaTableLog},
 * {@link io.hooklake.runtime.duckdb.iceberg.IcebergTableLog}. Tables are named by
 * {@link TableId}; where they live is the implementation's business (a folder below the
 * lakehouse today, an object-store URI later), spoken of as URI strings.
 *
 * <p>Every method may be given the lakehouse's DuckDB connection, inside the transaction of
 * the model or load; only the Parquet implementation, whose catalog is the DuckDB database,
 * uses it.
 */
public interface TableLog {

    /**
     * The current version of {@code table}, empty when it does not exist.
     *
     * @throws io.hooklake.runtime.LakehouseException {@code LH308} when the table uses a feature
     *     this reader does not apply (deletion vectors, column mapping, delete files), which would
     *     make reading its files give wrong rows
     */
    Optional<TableSnapshot> current(Connection connection, TableId table) throws SQLException;

    /**
     * The number of the current version of {@code table}, found without reading its metadata (a
     * listing, a catalog row), as {@link TableSnapshot#version()} would give it; empty when the
     * table does not exist or the format cannot tell cheaply (the default), so the caller reads
     * {@link #current}.
     */
    default java.util.OptionalLong latestVersion(TableId table) {
        return java.util.OptionalLong.empty();
    }

    /**
     * The version of {@code table} that was current at {@code moment} (the last committed at or
     * before it), empty when the table did not exist then; the files listed may have been removed
     * since (the caller checks).
     *
     * @throws io.hooklake.runtime.LakehouseException {@code LH320} when the format keeps no earlier
     *     versions (the default); {@code LH322} when that version's history is gone
     */
    default Optional<TableSnapshot> asOf(TableId table, java.time.Instant moment) {
        throw new io.hooklake.runtime.LakehouseException(io.hooklake.model.ErrorCode.TIME_TRAVEL_UNAVAILABLE,
                "this table format keeps no earlier versions of " + table.qualified());
    }

    /**
     * Starts a write of {@code table} with {@code columns} (storage types): creates the table
     * when missing, and tells where to write the new files. Nothing is visible before
     * {@link PendingWrite#commit}.
     */
    PendingWrite prepare(Connection connection, TableId table, List<ColumnSpec> columns, WriteMode mode)
            throws SQLException;

    /** The tables of {@code schema}, by name. */
    List<TableId> list(Connection connection, String schema) throws SQLException;

    /** Deletes the table, if it exists (files of earlier versions included). */
    void drop(Connection connection, TableId table) throws SQLException;

    /**
     * True when {@link PendingWrite#commit} is part of the DuckDB transaction (Parquet, whose
     * catalog is the database); false when it commits on its own, before the database does
     * (Delta, Iceberg).
     */
    boolean commitsWithDatabase();

    /**
     * When the lakehouse is opened to write: makes a copied or moved lakehouse's tables record
     * their current folder where the format records absolute locations (Iceberg); the default
     * does nothing.
     */
    default void relocate() {
    }

    /** After the database transaction of a write committed: tidies what only older versions used. */
    default void committed(Connection connection, TableId table) throws SQLException {
    }

    /** How a write changes the table. */
    enum WriteMode {
        /** The new files are added to the live ones. */
        APPEND,
        /** The new files replace every live one. */
        OVERWRITE
    }

    /** A write being prepared. */
    interface PendingWrite {

        /** The local folder (existing) DuckDB writes the new files into. */
        String dataDirectory();

        /** The Parquet field id of each column, by name; empty (the default) when the format needs none. */
        default java.util.Map<String, Integer> fieldIds() {
            return java.util.Map.of();
        }

        /**
         * Commits {@code files} as a new version, with {@code properties} recorded in the
         * version's metadata (commit info, snapshot summary); returns the new version.
         */
        long commit(List<DataFile> files, java.util.Map<String, String> properties) throws SQLException;
    }
}
