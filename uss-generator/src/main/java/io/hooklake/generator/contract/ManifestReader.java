package io.hooklake.generator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.model.DataChecks;
import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code manifest.json} and the statement files it lists back into a
 * {@link GeneratedProject}. The shape is the one {@code ManifestWriter} writes (format
 * {@value #FORMAT}); each statement file must hold exactly the bytes whose SHA-256 the manifest
 * records, and every path must stay inside the output folder.
 */
final class ManifestReader {

    /** The manifest format this reader understands. */
    static final int FORMAT = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\\-]*)*");

    private final Path root;

    ManifestReader(Path outputDir) {
        this.root = outputDir.toAbsolutePath().normalize();
    }

    GeneratedProject read() {
        Path manifest = root.resolve(GeneratedProject.MANIFEST);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifest);
        } catch (NoSuchFileException e) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": no generated output here;"
                    + " generate the project first (mvn lakehouse:generate, or UssGenerator.generate)");
        } catch (IOException e) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": cannot be read: "
                    + e.getMessage(), e);
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": not a manifest Hooklake"
                    + " wrote (" + e.getOriginalMessage() + "); generate the project again", e);
        } catch (IOException e) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": cannot be read: "
                    + e.getMessage(), e);
        }
        if (json == null || !json.isObject() || json.path("format").asInt(-1) != FORMAT) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": written by another"
                    + " version of Hooklake (manifest format " + json.path("format").asText("none") + ", this one reads "
                    + FORMAT + "); generate the project again");
        }
        try {
            List<CompiledModel> models = new ArrayList<>();
            for (JsonNode model : json.path("models")) {
                models.add(model(model));
            }
            List<ModelName> external = new ArrayList<>();
            for (JsonNode source : json.path("externalSources")) {
                external.add(name(source.asText()));
            }
            List<LandedTable> landed = new ArrayList<>();
            for (JsonNode table : json.path("landedTables")) {
                landed.add(landedTable(table));
            }
            DataChecks dataChecks = json.hasNonNull("dataChecks")
                    ? DataChecks.valueOf(text(json, "dataChecks").toUpperCase(Locale.ROOT)) : DataChecks.WARN;
            return new GeneratedProject(text(json, "project"), text(json, "dialect"), models, external, landed,
                    sha256(bytes), dataChecks);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new GeneratedOutputException(ErrorCode.NO_GENERATED_OUTPUT, manifest + ": not a manifest Hooklake"
                    + " wrote (" + e.getMessage() + "); generate the project again", e);
        }
    }

    private CompiledModel model(JsonNode json) {
        Optional<IncrementalStatements> incremental = Optional.empty();
        JsonNode inc = json.path("incremental");
        if (inc.isObject()) {
            incremental = Optional.of(new IncrementalStatements(text(inc, "entityColumn"),
                    name(text(inc, "affectedRelation")), statement(inc.path("affected")), statement(inc.path("rows")),
                    statement(inc.path("kept"))));
        }
        Optional<GrainAudit> audit = Optional.empty();
        JsonNode aud = json.path("audit");
        if (aud.isObject()) {
            audit = Optional.of(new GrainAudit(strings(aud.path("grain")), statement(aud.path("whole")),
                    aud.path("ofAffected").isObject() ? Optional.of(statement(aud.path("ofAffected"))) : Optional.empty()));
        }
        List<ModelName> upstream = new ArrayList<>();
        for (JsonNode u : json.path("upstream")) {
            upstream.add(name(u.asText()));
        }
        return new CompiledModel(
                new ModelName(text(json, "schema"), text(json, "name")),
                ModelKind.valueOf(text(json, "kind").toUpperCase(Locale.ROOT)),
                Materialization.valueOf(text(json, "materialization").toUpperCase(Locale.ROOT)),
                columns(json.path("columns")),
                strings(json.path("grain")),
                upstream,
                new Fingerprint(text(json, "fingerprint")),
                new Fingerprint(text(json, "ownFingerprint")),
                json.hasNonNull("origin") ? Optional.of(json.get("origin").asText()) : Optional.empty(),
                statement(json.path("statement")),
                incremental,
                audit,
                json.path("dataCheck").isObject() ? Optional.of(statement(json.path("dataCheck"))) : Optional.empty());
    }

    private LandedTable landedTable(JsonNode json) {
        List<ModelColumn> load = columns(JSON.createArrayNode().add(json.path("loadColumn")));
        return new LandedTable(name(text(json, "relation")), text(json, "source"), text(json, "table"),
                columns(json.path("payload")), load.get(0), statement(json.path("loadTime")));
    }

    private Statement statement(JsonNode json) {
        String file = text(json, "file");
        if (!PLAIN_PATH.matcher(file).matches() || file.contains("..")) {
            throw new IllegalArgumentException("a statement file must be a plain path inside the output folder: " + file);
        }
        int firstLine = json.path("firstLine").asInt(0);
        String checksum = text(json, "checksum");
        Path path = root.resolve(file).normalize();
        byte[] bytes;
        try {
            if (!path.startsWith(root) || Files.isSymbolicLink(path)
                    || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(file);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new GeneratedOutputException(ErrorCode.GENERATED_FILE_CHANGED, path + ": missing or unreadable,"
                    + " though manifest.json lists it; generate the project again", e);
        }
        if (!sha256(bytes).equals(checksum)) {
            throw new GeneratedOutputException(ErrorCode.GENERATED_FILE_CHANGED, path + ": changed since it was"
                    + " generated (it no longer matches manifest.json); generate the project again"
                    + " (mvn lakehouse:generate) rather than edit generated files, and change the YAML instead");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Statement(file, firstLine, fromLine(text, firstLine));
    }

    /** The text from 1-based line {@code line} on. */
    private static String fromLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                throw new IllegalArgumentException("a statement file is shorter than its first line " + line);
            }
            offset = next + 1;
        }
        return text.substring(offset);
    }

    private static List<ModelColumn> columns(JsonNode json) {
        List<ModelColumn> columns = new ArrayList<>();
        for (JsonNode column : json) {
            columns.add(new ModelColumn(text(column, "name"), text(column, "type"), column.path("description").asText("")));
        }
        return columns;
    }

    private static List<String> strings(JsonNode json) {
        List<String> strings = new ArrayList<>();
        json.forEach(s -> strings.add(s.asText()));
        return strings;
    }

    private static ModelName name(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            throw new IllegalArgumentException("not a schema-qualified name: " + qualified);
        }
        return new ModelName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' missing");
        }
        return value.asText();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
