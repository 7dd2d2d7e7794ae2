package io.hooklake.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A main class of the test classpath started in a separate JVM, read line by line. */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    JavaProcess(Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // The test JVM's -XX: options (the build's C1-only compilation), so that the child starts as fast.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads lines until one starts with {@code prefix}; fails when the process ends first. */
    String awaitLine(String prefix) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.add(line);
        }
        throw new IllegalStateException("the process ended before printing '" + prefix + "':\n" + String.join("\n", seen));
    }

    Process process() {
        return process;
    }

    /** Kills it like {@code kill -9} and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (process.isAlive()) {
            kill();
        }
    }
}
