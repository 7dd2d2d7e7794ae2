package io.hooklake.runtime.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.service.SparkConnectService;
import org.apache.spark.sql.connect.service.SparkConnectService$;

/**
 * A Spark Connect server for tests, in a JVM of its own: Spark in local mode with Delta Lake, its
 * Connect service on a free port of the loopback address. A child JVM rather than this one: Spark
 * allows one context per JVM, and the other ITs of this JVM start the engine's in-process Spark;
 * and a server that shares nothing with the client (catalog, static state) is what a cluster is.
 *
 * <p>{@link #start} waits a bounded time for the child to print its port; {@link #close} stops
 * it (and kills it if it does not end in time). The child also ends when its standard input
 * closes, so a test JVM that dies takes the server with it.
 */
final class SparkConnectServer implements AutoCloseable {

    private static final String PORT_LINE = "hooklake-spark-connect-port=";

    private final Process process;
    private final Path log;
    private final int port;

    private SparkConnectServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The server's address, {@code sc://localhost:<port>}. */
    String address() {
        return "sc://localhost:" + port;
    }

    /** Starts a server whose Spark log goes to {@code log}; waits at most {@code timeout} for it to listen. */
    static SparkConnectServer start(Path log, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // The JDK flags Spark needs (the test JVM's, from spark.test.jvm.flags).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.add("-cp");
        // The test class path without Spark's Connect client, whose copies of the protocol's classes are built for its own
        // shaded gRPC, not the server's (the client comes first in this JVM's class path, so the engine gets its own).
        command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("spark-connect-client-jvm"))
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(SparkConnectServer.class.getName());
        command.add(Files.createTempDirectory("hooklake-connect-server-").toString());
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        SparkConnectServer server = null;
        try {
            CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process.getInputStream()));
            server = new SparkConnectServer(process, log, port.get(timeout.toSeconds(), TimeUnit.SECONDS));
            return server;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the Spark Connect server did not start within " + timeout.toSeconds()
                    + " s; its log: " + tail(log), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Spark Connect server did not start; its log: " + tail(log), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (server == null) {
                new SparkConnectServer(process, log, 0).close();
            }
        }
    }

    private static int readPort(InputStream out) {
        try {
            StringBuilder line = new StringBuilder();
            for (int c = out.read(); c >= 0; c = out.read()) {
                if (c != '\n') {
                    line.append((char) c);
                } else if (line.toString().startsWith(PORT_LINE)) {
                    return Integer.parseInt(line.substring(PORT_LINE.length()).trim());
                } else {
                    line.setLength(0);
                }
            }
            throw new IllegalStateException("the Spark Connect server ended before it listened");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the server's log. */
    String logTail() {
        return tail(log);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the server: closes its input, then ends it, then kills it, each waited for a bounded time. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The child: Spark in local mode with Delta, its Connect service on a free loopback port
     * (printed as {@value #PORT_LINE}&lt;port&gt;), until its standard input closes.
     *
     * @param args the scratch folder for Spark's warehouse
     */
    public static void main(String[] args) throws IOException {
        // The classic implementation's own builder: SparkSession.builder().classic() picks Connect's in Spark 4.1.2.
        org.apache.spark.sql.classic.SparkSession.Builder builder = org.apache.spark.sql.classic.SparkSession.builder()
                .master("local[2]").appName("hooklake-connect-it");
        // Delta and a small machine's sizes, but not the session settings the engine sets itself on its Connect session.
        SparkSessions.engineConf(Path.of(args[0])).entrySet().stream()
                .filter(c -> !SparkSessions.sessionConf().containsKey(c.getKey()))
                .forEach(c -> builder.config(c.getKey(), c.getValue()));
        builder.config("spark.connect.grpc.binding.address", "127.0.0.1");
        builder.config("spark.connect.grpc.binding.port", "0");
        SparkSession spark = builder.getOrCreate();
        try {
            SparkConnectService.start(spark.sparkContext());
            System.out.println(PORT_LINE + SparkConnectService$.MODULE$.localPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the test closes this input (or dies).
            }
        } finally {
            if (SparkConnectService$.MODULE$.started()) {
                SparkConnectService.stop(scala.Option.empty(), scala.Option.empty());
            }
            spark.stop();
        }
        System.exit(0);
    }
}
