package io.hooklake.runtime;

import io.hooklake.model.HooklakeException;

/**
 * A runtime failure, code {@code LH3xx}:
 * <ul>
 *   <li>{@code LH300}: the lakehouse folder or database cannot be opened, read or written;</li>
 *   <li>{@code LH301}: another run holds the lakehouse ({@link LakehouseLockedException});</li>
 *   <li>{@code LH302}: a model's statement failed ({@link ModelFailedException});</li>
 *   <li>{@code LH303}: a model's grain audit failed ({@link AuditFailedException});</li>
 *   <li>{@code LH304}: a landing problem: unknown table, or a landing relation that is missing;</li>
 *   <li>{@code LH305}: a load whose time is not after what runs have already processed;</li>
 *   <li>{@code LH306}: ingest input that is missing or does not fit the declaration, an unknown table
 *       format, or a lakehouse opened with another format than it was created with;</li>
 *   <li>{@code LH307}: a read-only query failed, or there is no lakehouse database to query yet;</li>
 *   <li>{@code LH308}: a table the table-format layer cannot read or write correctly: deletion vectors,
 *       column mapping, delete files or partitions written by another engine, or a nested column type.</li>
 * </ul>
 * The message starts with the code.
 */
public class LakehouseException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    public LakehouseException(String code, String message, Throwable cause) {
        super(code, code + ": " + message, cause);
    }

    public LakehouseException(String code, String message) {
        this(code, message, null);
    }
}
