package io.hooklake.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan written to a file, to be run later exactly as planned, as Terraform's and SQLMesh's
 * plans are: the plan, with what it was made from. {@link Lakehouse#run(io.hooklake.generator.contract.GeneratedProject,
 * RunListener, SavedPlan)} refuses it when the project or the lakehouse has changed since.
 *
 * <p>Only what the plan was made from is read back: planning is deterministic, so the same
 * generation on the same lakehouse state gives the same plan, and the run executes that.
 *
 * @param project the checksum of the generation the plan was made for ({@code manifest.json})
 * @param lakehouse a digest of the lakehouse's run state and landed loads when planned
 * @param origin where it was read from, for messages: the file
 */
public record SavedPlan(String project, String lakehouse, String origin) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BASIS = Pattern.compile("(?m)^plan of project ([0-9a-f]{64}) on lakehouse state ([0-9a-f]{64})$");

    public SavedPlan {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(lakehouse, "lakehouse");
        Objects.requireNonNull(origin, "origin");
    }

    /** A digest of what a plan depends on in the lakehouse: every model's state and the latest load. */
    static String digest(Map<ModelName, ModelState> states, Optional<LocalDateTime> highWaterMark) {
        Map<String, String> sorted = new TreeMap<>();
        states.forEach((name, state) -> sorted.put(name.qualified(), state.fingerprint() + " "
                + state.watermark().map(Object::toString).orElse("-") + " " + state.runId()));
        StringBuilder text = new StringBuilder("hooklake-plan-basis-1\n");
        sorted.forEach((name, state) -> text.append(name).append(' ').append(state).append('\n'));
        text.append("high-water mark ").append(highWaterMark.map(Object::toString).orElse("-")).append('\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The line a plan file in table form ends with, naming what the plan was made from. */
    String basisLine() {
        return "plan of project " + project + " on lakehouse state " + lakehouse;
    }

    /** {@code plan} as a table followed by the basis line. */
    String toTable(Plan plan) {
        return plan.toTable() + "\n" + basisLine() + "\n";
    }

    /** {@code plan} as JSON with {@code project} and {@code lakehouse}. */
    String toJson(Plan plan) {
        Map<String, String> basis = new LinkedHashMap<>();
        basis.put("project", project);
        basis.put("lakehouse", lakehouse);
        return plan.toJson(basis);
    }

    /**
     * Writes {@code plan} to {@code file} as a table or as JSON, with what it was made from.
     *
     * @throws LakehouseException {@link ErrorCode#LAKEHOUSE_IO} when the file cannot be written
     */
    void write(Plan plan, Path file, boolean json) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, json ? toJson(plan) : toTable(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot write the plan to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a plan file {@link Lakehouse#plan(io.hooklake.generator.contract.GeneratedProject, Path, boolean)}
     * wrote, in either form.
     *
     * @throws LakehouseException {@link ErrorCode#PLAN_STALE} when it is missing or not such a file
     */
    public static SavedPlan read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.PLAN_STALE, file + ": cannot read the plan (" + e.getMessage()
                    + "); write it with lakehouse:plan -Dlakehouse.planFile=" + file + " first");
        }
        if (text.stripLeading().startsWith("{")) {
            try {
                JsonNode root = JSON.readTree(text);
                if (root.hasNonNull("project") && root.hasNonNull("lakehouse")) {
                    return new SavedPlan(root.get("project").asText(), root.get("lakehouse").asText(), file.toString());
                }
            } catch (IOException e) {
                // not JSON after all: reported below
            }
        } else {
            Matcher basis = BASIS.matcher(text);
            if (basis.find()) {
                return new SavedPlan(basis.group(1), basis.group(2), file.toString());
            }
        }
        throw new LakehouseException(ErrorCode.PLAN_STALE, file + ": not a plan lakehouse:plan wrote (it names no project"
                + " and lakehouse state); write it with lakehouse:plan -Dlakehouse.planFile=" + file);
    }
}
