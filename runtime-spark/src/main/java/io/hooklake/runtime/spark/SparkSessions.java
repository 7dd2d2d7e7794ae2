package io.hooklake.runtime.spark;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark for the engine. An in-process Spark is one per JVM (Spark allows one context per
 * JVM): it starts with the first lakehouse opened and each lakehouse gets a session of its own on
 * it ({@link SparkSession#newSession()}); Spark stops it when the JVM exits. On a Spark Connect
 * server ({@link SparkConnect}) each lakehouse gets a session of its own, closed with the lakehouse.
 */
final class SparkSessions {

    private static SparkSession root;

    private SparkSessions() {
    }

    /**
     * The session settings the engine needs wherever Spark runs, before the caller's: UTC, TIME
     * columns, no deletion vectors.
     */
    static Map<String, String> sessionConf() {
        Map<String, String> conf = new LinkedHashMap<>();
        // Hooklake's TIMESTAMP has no zone; TIMESTAMP_LTZ columns are instants shown in UTC, as DuckDB does.
        conf.put("spark.sql.session.timeZone", "UTC");
        conf.put("spark.sql.timeType.enabled", "true");
        // The DuckDB engine reads every table's files: no deletion vectors, which it would have to apply.
        conf.put("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false");
        return conf;
    }

    /**
     * The settings of an in-process Spark, before the caller's: Delta's extension and catalog, a
     * small machine's sizes, no UI, the session settings ({@link #sessionConf()}).
     */
    static Map<String, String> engineConf(Path scratch) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        // As many partitions as local[2] has cores: a lakehouse's statements shuffle little data, and every partition is
        // a task of its own.
        conf.put("spark.sql.shuffle.partitions", "2");
        conf.put("spark.databricks.delta.snapshotPartitions", "2");
        conf.putAll(sessionConf());
        conf.put("spark.sql.warehouse.dir", scratch.resolve("warehouse").toUri().toString());
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        conf.put("spark.driver.host", "127.0.0.1");
        return conf;
    }

    /**
     * A session for one lakehouse: on the Spark Connect server of {@code settings}, or on the
     * in-process Spark when they name none; with the settings its tables need ({@code tablesConf},
     * such as Iceberg's session catalog on the lakehouse's catalog) before the caller's.
     *
     * @throws LakehouseException {@link ErrorCode#SPARK_UNREACHABLE} when the server is not reached,
     *     {@link ErrorCode#SPARK_SERVER_UNFIT} when it cannot keep tables in {@code format}
     */
    static SparkSession open(SparkSettings settings, TableFormat format, Map<String, String> tablesConf) {
        if (settings.remote().isPresent()) {
            Map<String, String> conf = new LinkedHashMap<>(sessionConf());
            conf.putAll(tablesConf);
            conf.putAll(settings.conf());
            return SparkConnect.parse(settings.remote().get()).open(conf, format);
        }
        SparkSession session = local(settings);
        tablesConf.forEach((key, value) -> session.conf().set(key, value));
        return session;
    }

    /** Ends a lakehouse's session: a remote one is closed; the in-process Spark stays for the next lakehouse. */
    static void close(SparkSession session, SparkSettings settings) {
        if (settings.remote().isPresent()) {
            session.stop();
        }
    }

    /**
     * Stops the JVM's in-process Spark, if one runs, and loads the class Hadoop's JVM shutdown hook
     * needs (Spark registers it), so that the hook still runs when the class loader that holds Spark
     * has been closed by then (a Maven plugin's realm closes before the JVM exits). The next
     * lakehouse starts Spark anew.
     */
    static synchronized void stopLocal() {
        if (root != null) {
            root.stop();
            root = null;
            SparkTables.Catalog.LOCAL.forget();
        }
        try {
            // The comparator Hadoop's ShutdownHookManager makes when the JVM exits, an anonymous class loaded on use.
            Class.forName(ShutdownHookManager.class.getName() + "$2", true, ShutdownHookManager.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Another Hadoop version: nothing to load ahead.
        }
    }

    /** A session of its own on the JVM's in-process Spark, started with {@code settings} when it is the first. */
    static synchronized SparkSession local(SparkSettings settings) {
        if (root == null || root.sparkContext().isStopped()) {
            Path scratch;
            try {
                scratch = Files.createTempDirectory("hooklake-spark-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SparkSession.Builder builder = SparkSession.builder().master(settings.master()).appName("hooklake");
            engineConf(scratch).forEach(builder::config);
            settings.conf().forEach(builder::config);
            root = builder.getOrCreate();
        }
        return root.newSession();
    }
}
