package io.hooklake.maven;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.engine.Engine;
import io.hooklake.runtime.engine.Engines;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A goal's engine parameters ({@code lakehouse.engine}, {@code lakehouse.spark.master},
 * {@code lakehouse.spark.remote}, {@code <sparkConf>} and {@code -Dlakehouse.spark.conf.<key>}),
 * turned into the engine the lakehouse opens with. The engines are the ones on the plugin's class
 * path: DuckDB's always, Spark's when the user adds {@code io.hooklake:runtime-spark} to the
 * plugin's dependencies.
 *
 * @param engine {@code lakehouse.engine} as given; null or blank when not given
 * @param sparkMaster {@code lakehouse.spark.master}; null when not given
 * @param sparkRemote {@code lakehouse.spark.remote}; null when not given
 * @param sparkConf {@code <sparkConf>} of the pom; null when not given
 * @param userProperties the build's {@code -D} properties: {@code lakehouse.spark.conf.<key>} ones override {@code sparkConf}
 * @param pluginVersion the plugin's version, for the dependency to add; null when unknown
 * @param opened where {@link #open} adds the engines it gives, for the goal to release when it ends
 */
record EngineParameters(String engine, String sparkMaster, String sparkRemote, Map<String, String> sparkConf,
        Properties userProperties, String pluginVersion, List<Engine> opened) {

    /** The prefix of the {@code -D} properties passed to Spark without it. */
    static final String CONF_PREFIX = "lakehouse.spark.conf.";

    /**
     * The engine {@code lakehouse.engine} names; empty when it is not given.
     *
     * @throws ParameterException when it names no engine Hooklake has
     */
    Optional<io.hooklake.model.Engine> named() {
        return named(engine);
    }

    /**
     * The engine {@code engine} ({@code lakehouse.engine}) names, in any case; empty when it is null or blank.
     *
     * @throws ParameterException when it names no engine Hooklake has
     */
    static Optional<io.hooklake.model.Engine> named(String engine) {
        if (engine == null || engine.isBlank()) {
            return Optional.empty();
        }
        String wanted = engine.strip().toUpperCase(Locale.ROOT);
        return Optional.of(Arrays.stream(io.hooklake.model.Engine.values()).filter(e -> e.name().equals(wanted))
                .findFirst().orElseThrow(() -> new ParameterException("lakehouse.engine is '" + engine.strip()
                        + "'; use duckdb or spark")));
    }

    /**
     * The engine called {@code name} with these parameters' settings.
     *
     * @throws LakehouseException {@link ErrorCode#ENGINE_UNAVAILABLE} when it is not among the plugin's
     *     dependencies, saying which dependency to add and where
     */
    Engine open(io.hooklake.model.Engine name) {
        String wanted = name.name().toLowerCase(Locale.ROOT);
        Engine found = Engines.all().stream().filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> missing(wanted));
        Engine engine = found.withSettings(settings());
        opened.add(engine);
        return engine;
    }

    /** The settings keyed as the engines' system properties: the master, the address, then each Spark setting. */
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        if (sparkMaster != null && !sparkMaster.isBlank()) {
            settings.put("lakehouse.spark.master", sparkMaster);
        }
        if (sparkRemote != null && !sparkRemote.isBlank()) {
            settings.put("lakehouse.spark.remote", sparkRemote);
        }
        if (sparkConf != null) {
            sparkConf.forEach((key, value) -> settings.put(CONF_PREFIX + key, value == null ? "" : value));
        }
        if (userProperties != null) {
            userProperties.stringPropertyNames().stream().filter(k -> k.startsWith(CONF_PREFIX))
                    .forEach(k -> settings.put(k, userProperties.getProperty(k)));
        }
        return settings;
    }

    private LakehouseException missing(String wanted) {
        String version = pluginVersion == null ? "the plugin's version" : pluginVersion;
        return new LakehouseException(ErrorCode.ENGINE_UNAVAILABLE, "lakehouse.engine="
                + wanted + " needs the " + wanted + " engine, which is not among the plugin's dependencies: add"
                + " io.hooklake:runtime-" + wanted + ":" + version + " to the <dependencies> of lakehouse-maven-plugin in"
                + " the pom (inside its <plugin> element, not the project's dependencies):\n"
                + "  <dependencies>\n"
                + "    <dependency>\n"
                + "      <groupId>io.hooklake</groupId>\n"
                + "      <artifactId>runtime-" + wanted + "</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "    </dependency>\n"
                + "  </dependencies>");
    }
}
