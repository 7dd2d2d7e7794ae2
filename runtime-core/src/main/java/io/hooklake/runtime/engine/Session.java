package io.hooklake.runtime.engine;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.landing.InputFiles;
import io.hooklake.runtime.landing.LossyValues;
import io.hooklake.runtime.landing.TableLoad;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection to a lakehouse, used by one thread at a time. Engines report their failures as
 * {@link SQLException} (a JDK type, no engine's own), which the runtime turns into located messages.
 */
public interface Session extends AutoCloseable {

    /** The state of every model the lakehouse holds, by name. */
    Map<ModelName, ModelState> state() throws SQLException;

    /** The latest load time over every landed load, empty when nothing was landed. */
    Optional<LocalDateTime> highWaterMark() throws SQLException;

    /**
     * The latest load time of each landed relation that has a load; empty when the engine cannot
     * tell (then every table model is planned against the high-water mark alone).
     */
    default Optional<Map<ModelName, LocalDateTime>> latestLoads() throws SQLException {
        return Optional.empty();
    }

    /** Those of {@code relations} that do not exist. */
    List<ModelName> missing(List<ModelName> relations) throws SQLException;

    /** Creates a schema when missing, outside any model's change. */
    void createSchema(String schema) throws SQLException;

    /** Another connection to the same lakehouse, for a model run beside this one's; the caller closes it. */
    Session worker() throws SQLException;

    /** Starts one model's change: everything until {@link ModelChange#commit()} is one transaction. */
    ModelChange begin() throws SQLException;

    /** The columns of the input files, as the engine reads them: their types by name, in order. */
    Map<String, String> inputColumns(InputFiles files) throws SQLException;

    /**
     * Reads the input files in full, casting every payload column to its declared type: a value
     * that does not convert fails with the engine's message. Returns, per column whose values
     * would change in the cast (a fraction into an integer, digits beyond a decimal's scale, a
     * time into a date, text beyond a length), what changes: the column, its type in the files and
     * declared, how many values and the first one's row and value; empty when nothing changes.
     *
     * @param found the input's column types by name, as {@link #inputColumns} read them
     */
    List<LossyValues> lossyValues(LandedTable table, InputFiles files, Map<String, String> found) throws SQLException;

    /** A SELECT of every row of the input files, columns by name. */
    String inputSelect(InputFiles files);

    /** True when load {@code load} of {@code relation} is recorded. */
    boolean landed(ModelName relation, String load) throws SQLException;

    /** The load time of load {@code load}, computed by the table's generated load-time statement. */
    LocalDateTime loadTime(LandedTable table, String load) throws SQLException;

    /**
     * Appends one load in one transaction: the rows of {@code select} (a column per payload column,
     * by name) cast to the declared types, with the load column set to {@code load}, and the load's
     * record ({@code loadTime}, rows). Returns the rows appended.
     *
     * @throws io.hooklake.runtime.LakehouseException {@code LH306} when the rows do not convert
     */
    long land(LandedTable table, String load, LocalDateTime loadTime, String select) throws SQLException;

    /**
     * Appends one load to each of several tables, as {@link #land} does for one, in as few
     * transactions as the engine can: all of them in one where it can (a failure then lands none),
     * by default one per table, in order. Returns the rows appended to each, in order.
     */
    default List<Long> landAll(List<TableLoad> loads) throws SQLException {
        List<Long> rows = new ArrayList<>();
        for (TableLoad l : loads) {
            rows.add(land(l.table(), l.load(), l.loadTime(), l.select()));
        }
        return rows;
    }

    /**
     * Records that run {@code runId} started and finished at these moments, so that a query can
     * read the lakehouse as it was right after it ({@link io.hooklake.runtime.AsOf#run}).
     */
    default void recordRun(String runId, java.time.Instant started, java.time.Instant finished) throws SQLException {
    }

    @Override
    void close() throws SQLException;
}
