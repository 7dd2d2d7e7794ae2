package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import java.nio.file.Path;

/** {@code LH301}: another run (in this or another process) holds the lakehouse's lock. */
public final class LakehouseLockedException extends LakehouseException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;
    private final String holder;

    public LakehouseLockedException(Path directory, String holder) {
        super(ErrorCode.LAKEHOUSE_LOCKED, "another run holds the lakehouse at " + directory + " (" + holder
                + "); wait for it to finish and try again");
        this.directory = directory;
        this.holder = holder;
    }

    /** The lakehouse folder. */
    public Path directory() {
        return directory;
    }

    /** Who holds the lock, as written in the lock file: {@code pid N}, or {@code this process}. */
    public String holder() {
        return holder;
    }
}
