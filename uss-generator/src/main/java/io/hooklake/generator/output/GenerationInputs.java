package io.hooklake.generator.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a generation from a project folder depends on, as one SHA-256, recorded in the
 * manifest ({@code inputs}): the generator's own code (the bytes of the jars or class folders of
 * the model loader and the generator), its settings, and the project folder: every YAML file's
 * path and content, and every other file's path, size and modification time (a dlt schema the
 * project names may be any file there; data kept beside the YAML is not read). Equal inputs give
 * an equal output folder, so a goal that only needs the generated statements can skip generating
 * an unchanged project ({@code UssGenerator#isUpToDate}).
 */
public final class GenerationInputs {

    /** The manifest's field that holds the inputs' hash. */
    public static final String FIELD = "inputs";

    private static final JsonFactory JSON = new JsonFactory();

    private GenerationInputs() {
    }

    /**
     * The inputs' hash of a generation of {@code projectDir} with these {@code settings} by the code
     * of {@code classes} (one class from each code source that takes part); empty when the project
     * folder cannot be read or a code source is not a file or folder.
     */
    public static Optional<String> of(Path projectDir, String settings, List<Class<?>> classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            field(digest, "settings", settings);
            for (Class<?> type : classes) {
                Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                field(digest, "code", code.getFileName().toString());
                if (!tree(digest, code, true)) {
                    return Optional.empty();
                }
            }
            field(digest, "project", "");
            if (!tree(digest, projectDir, false)) {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException | NullPointerException
                | IllegalArgumentException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Adds a file or folder: each regular file's path relative to {@code root}, then its content when
     * {@code everything} or it is YAML, else its size and modification time. Links are not followed.
     */
    private static boolean tree(MessageDigest digest, Path root, boolean everything) throws IOException {
        if (Files.isRegularFile(root)) {
            content(digest, root);
            return true;
        }
        if (!Files.isDirectory(root)) {
            return false;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            field(digest, "file", relative);
            String name = file.getFileName().toString();
            if (everything || name.endsWith(".yml") || name.endsWith(".yaml")) {
                content(digest, file);
            } else {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                field(digest, "stat", attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return true;
    }

    private static void content(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        digest.update((byte) 0);
    }

    private static void field(MessageDigest digest, String name, String value) {
        digest.update((name + "=" + value.length() + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The inputs' hash the manifest in {@code outputDir} records; empty when there is no readable
     * manifest or it records none. Reads only the manifest's first fields.
     */
    public static Optional<String> recorded(Path outputDir) {
        Path manifest = outputDir.resolve(OutputLayout.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try (JsonParser json = JSON.createParser(manifest.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals(FIELD) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(json.getText());
                }
                if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                    // The inputs come before the models; past the first structure there are none.
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
