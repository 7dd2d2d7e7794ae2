package io.hooklake.runtime.spark;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark Connect server at an address {@code sc://host:port} ({@link SparkSettings#remote()}):
 * the address checked, the server reached, and a session of Spark's Connect client on it.
 *
 * <p>Spark's client retries a server it cannot reach for minutes (exponential backoff up to a
 * minute, fifteen times); the engine answers sooner: before the client is made, one TCP connection
 * within {@link #REACH_TIMEOUT} says whether anything listens there, and the first call to the
 * server (reading its settings) must answer within {@link #ANSWER_TIMEOUT}. Either failing is
 * {@link ErrorCode#SPARK_UNREACHABLE}, in the user's words.
 *
 * @param address the address as the user gave it
 * @param host the server's host name
 * @param port the server's port ({@value #DEFAULT_PORT} when the address names none, as Spark's client does)
 */
record SparkConnect(String address, String host, int port) {

    /** Spark Connect's port when an address names none. */
    static final int DEFAULT_PORT = 15002;

    /** How long a TCP connection to the server may take. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    /** How long the server may take to answer the first call. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    /** The prefix of the session catalog's settings. */
    private static final String SESSION_CATALOG = "spark.sql.catalog.spark_catalog";

    /** The server's settings that say it has Delta Lake, with the value each must contain. */
    private static final Map<String, String> DELTA = Map.of(
            "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
            "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");

    /**
     * Reads {@code address} ({@code sc://host:port}, optionally followed by Spark's parameters
     * {@code /;token=...}).
     *
     * @throws LakehouseException {@link ErrorCode#SPARK_UNREACHABLE} when it is not such an address
     */
    static SparkConnect parse(String address) {
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (URISyntaxException e) {
            throw malformed(address);
        }
        if (!"sc".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().startsWith("/;")
                        || uri.getRawPath().equals("/"))) {
            throw malformed(address);
        }
        return new SparkConnect(address.trim(), uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
    }

    private static LakehouseException malformed(String address) {
        return new LakehouseException(ErrorCode.SPARK_UNREACHABLE, SparkSettings.REMOTE_PROPERTY + "=" + address
                + " is not a Spark Connect address: write sc://host:port (such as sc://localhost:" + DEFAULT_PORT + ")");
    }

    /**
     * Checks that something listens at the address, within {@link #REACH_TIMEOUT}.
     *
     * @throws LakehouseException {@link ErrorCode#SPARK_UNREACHABLE} naming why not
     */
    void checkReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) REACH_TIMEOUT.toMillis());
        } catch (UnknownHostException e) {
            throw unreachable("the host " + host + " is unknown");
        } catch (ConnectException e) {
            throw unreachable("nothing listens on " + host + " port " + port + " (connection refused)");
        } catch (SocketTimeoutException e) {
            throw unreachable(host + " port " + port + " did not accept a connection within "
                    + REACH_TIMEOUT.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            throw unreachable(host + " port " + port + " cannot be reached (" + e.getMessage() + ")");
        }
    }

    private LakehouseException unreachable(String why) {
        return new LakehouseException(ErrorCode.SPARK_UNREACHABLE, "cannot reach the Spark Connect server at " + address
                + " (" + SparkSettings.REMOTE_PROPERTY + "): " + why + "; start the server (Spark's"
                + " sbin/start-connect-server.sh) or correct the address");
    }

    /**
     * A new session on the server with {@code conf} as its session settings, once the server has
     * answered and shown that it keeps tables in {@code format}: Delta Lake's extension and catalog
     * for Delta, Hooklake's Iceberg session catalog ({@link IcebergSessionCatalog}, which {@code conf}
     * names) for Iceberg.
     *
     * @throws LakehouseException {@link ErrorCode#SPARK_UNREACHABLE} when it is not reached or does not answer in
     *     time, {@link ErrorCode#SPARK_SERVER_UNFIT} when it cannot keep tables in {@code format}
     */
    SparkSession open(Map<String, String> conf, TableFormat format) {
        checkReachable();
        SparkSession.Builder builder = SparkSession.builder().connect().remote(address);
        // The session catalog's settings are set once the session exists, where the server's failing to make the
        // catalog is told apart from not reaching the server.
        Map<String, String> catalog = new LinkedHashMap<>();
        conf.forEach((key, value) -> {
            if (key.startsWith(SESSION_CATALOG)) {
                catalog.put(key, value);
            } else {
                builder.config(key, value);
            }
        });
        SparkSession session;
        try {
            // create, not getOrCreate: each lakehouse has a session of its own, closed with it.
            session = builder.create();
        } catch (RuntimeException e) {
            throw unreachable(SparkFailures.message(e));
        }
        try {
            if (format == TableFormat.ICEBERG) {
                // The session catalog is made when first used: a server without Hooklake's class fails there.
                firstAnswer(() -> {
                    try {
                        catalog.forEach((key, value) -> session.conf().set(key, value));
                        session.sql("SHOW DATABASES").collectAsList();
                        return null;
                    } catch (Exception e) {
                        // Spark's own exceptions are checked ones (SparkException), thrown undeclared.
                        throw new LakehouseException(ErrorCode.SPARK_SERVER_UNFIT, "the Spark Connect server at "
                                + address + " cannot keep Iceberg tables for Hooklake (" + SparkFailures.message(e)
                                + "): start it with runtime-spark, iceberg-spark-runtime-4.1_2.13 and sqlite-jdbc"
                                + " on its class path (docs/runtime.md, Spark engine)", e);
                    }
                });
            } else {
                catalog.forEach((key, value) -> session.conf().set(key, value));
                checkDelta(firstAnswer(() -> {
                    Map<String, String> found = new TreeMap<>();
                    for (String key : DELTA.keySet()) {
                        found.put(key, session.conf().get(key, ""));
                    }
                    return found;
                }));
            }
            return session;
        } catch (RuntimeException e) {
            session.stop();
            throw e;
        }
    }

    /** What the server answers first ({@code call}), within {@link #ANSWER_TIMEOUT} on a thread of its own. */
    private <T> T firstAnswer(Callable<T> call) {
        ExecutorService waiter = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hooklake-spark-connect");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return waiter.submit(call).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw unreachable("it did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LakehouseException answered) {
                throw answered;
            }
            throw unreachable(SparkFailures.message(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted while waiting for its answer");
        } finally {
            waiter.shutdownNow();
        }
    }

    private void checkDelta(Map<String, String> settings) {
        for (var needed : DELTA.entrySet()) {
            if (!settings.get(needed.getKey()).contains(needed.getValue())) {
                throw new LakehouseException(ErrorCode.SPARK_SERVER_UNFIT, "the Spark Connect server at " + address
                        + " has no Delta Lake (" + needed.getKey() + " is '" + settings.get(needed.getKey()) + "'):"
                        + " start it with delta-spark on its class path and" + DELTA.entrySet().stream()
                                .map(d -> " --conf " + d.getKey() + "=" + d.getValue()).sorted()
                                .collect(Collectors.joining())
                        + " (docs/runtime.md, Spark engine)");
            }
        }
    }
}
