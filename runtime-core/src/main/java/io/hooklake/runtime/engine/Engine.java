package io.hooklake.runtime.engine;

import io.hooklake.runtime.TableFormat;
import java.nio.file.Path;
import java.util.Map;

/**
 * An engine that computes and stores a lakehouse's tables, such as DuckDB. The engine-neutral
 * runtime ({@link io.hooklake.runtime.Lakehouse}) plans, schedules, locks and checks; an engine
 * executes the generated statements and keeps the tables and the run state.
 *
 * <p>Engines are found with {@link java.util.ServiceLoader}: a jar that holds one lists its class in
 * {@code META-INF/services/io.hooklake.runtime.engine.Engine} ({@link Engines#find()}).
 */
public interface Engine {

    /** The engine's name, such as {@code duckdb}. */
    String name();

    /**
     * Opens the lakehouse folder {@code directory} (existing; its table format already recorded)
     * whose tables are kept in {@code format}. Holds nothing open: each {@link EngineLakehouse#session()}
     * connects anew.
     */
    EngineLakehouse open(Path directory, TableFormat format);

    /**
     * Refuses a lakehouse in {@code format} that this engine cannot run (a table format it does not
     * keep tables in, settings it cannot use), before anything is created or recorded
     * ({@link io.hooklake.runtime.Lakehouse#open} asks first). Accepts everything by default.
     *
     * @throws io.hooklake.runtime.LakehouseException a located {@code LH3xx} error, such as {@code LH310} (format
     *     mismatch) naming the formats it keeps
     */
    default void checkUsable(TableFormat format) {
    }

    /**
     * Loads what the engine needs before a first lakehouse opens (its native library, its
     * classes), touching no lakehouse, so that a caller can do it on another thread beside other
     * work. Does nothing by default; a failure here shows again, in full, when a lakehouse opens.
     */
    default void warmUp() {
    }

    /**
     * This engine with the settings a caller gives (a build tool's parameters), keyed as the system
     * properties the engine would otherwise read, such as {@code lakehouse.spark.master}; they take
     * the place of those system properties. An engine without settings returns itself.
     */
    default Engine withSettings(Map<String, String> settings) {
        return this;
    }

    /**
     * Lets go of what the engine keeps for the whole JVM (the Spark engine's in-process Spark) and
     * loads what its JVM shutdown still needs. For a caller whose class loader closes before the JVM
     * exits, such as a Maven plugin's realm, to call when it is done with the engine; a later
     * lakehouse starts anew. Does nothing by default.
     */
    default void release() {
    }
}
