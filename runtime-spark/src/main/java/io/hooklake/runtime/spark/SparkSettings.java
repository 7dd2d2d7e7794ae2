package io.hooklake.runtime.spark;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the Spark engine runs and the Spark settings it passes on.
 *
 * @param master the master of an in-process Spark, such as {@code local[2]} (used when there is no remote)
 * @param remote a Spark Connect address, {@code sc://host:port}; empty for an in-process Spark
 * @param conf Spark settings passed through as they are ({@code spark.executor.memory}, ...), after the engine's own
 */
public record SparkSettings(String master, Optional<String> remote, Map<String, String> conf) {

    /** The system property naming the master ({@value}). */
    public static final String MASTER_PROPERTY = "lakehouse.spark.master";

    /** The system property naming the Spark Connect address ({@value}). */
    public static final String REMOTE_PROPERTY = "lakehouse.spark.remote";

    /** The prefix of system properties passed to Spark without it: {@code lakehouse.spark.conf.spark.executor.memory=2g}. */
    public static final String CONF_PREFIX = "lakehouse.spark.conf.";

    /** The master of an in-process Spark when none is given: two cores, as the runtime's two workers use. */
    public static final String DEFAULT_MASTER = "local[2]";

    public SparkSettings {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(remote, "remote");
        conf = Map.copyOf(new TreeMap<>(conf));
    }

    /** An in-process Spark with {@value #DEFAULT_MASTER}. */
    public static SparkSettings local() {
        return new SparkSettings(DEFAULT_MASTER, Optional.empty(), Map.of());
    }

    /** A Spark Connect server at {@code address} ({@code sc://host:port}). */
    public static SparkSettings remote(String address) {
        return new SparkSettings(DEFAULT_MASTER, Optional.of(address), Map.of());
    }

    /** These settings with one Spark setting more. */
    public SparkSettings with(String key, String value) {
        Map<String, String> more = new TreeMap<>(conf);
        more.put(key, value);
        return new SparkSettings(master, remote, more);
    }

    /** The settings the system properties give ({@value #MASTER_PROPERTY}, {@value #REMOTE_PROPERTY}, {@value #CONF_PREFIX}*). */
    public static SparkSettings fromSystemProperties() {
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> properties.put(k, System.getProperty(k)));
        return from(properties);
    }

    /**
     * The settings {@code properties} give, keyed as the system properties ({@value #MASTER_PROPERTY},
     * {@value #REMOTE_PROPERTY}, {@value #CONF_PREFIX}*); other keys are ignored, a blank master or address is
     * not given.
     */
    public static SparkSettings from(Map<String, String> properties) {
        Map<String, String> conf = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(CONF_PREFIX) && value != null) {
                conf.put(key.substring(CONF_PREFIX.length()), value);
            }
        });
        String master = properties.getOrDefault(MASTER_PROPERTY, "");
        String remote = properties.getOrDefault(REMOTE_PROPERTY, "");
        master = master == null || master.isBlank() ? DEFAULT_MASTER : master.trim();
        remote = remote == null ? "" : remote.trim();
        return new SparkSettings(master, remote.isEmpty() ? Optional.empty() : Optional.of(remote), conf);
    }
}
