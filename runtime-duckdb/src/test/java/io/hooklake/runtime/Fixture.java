package io.hooklake.runtime;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.GeneratedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A YAML project copied from the test resources into a temp folder, which tests may edit and regenerate. */
public final class Fixture {

    private final Path projectDir;
    private final Path outputDir;

    private Fixture(Path projectDir, Path outputDir) {
        this.projectDir = projectDir;
        this.outputDir = outputDir;
    }

    /** Copies {@code projects/<name>} below {@code temp}. */
    static Fixture copy(String name, Path temp) {
        try {
            Path source = Path.of(Fixture.class.getClassLoader().getResource("projects/" + name).toURI());
            Path target = temp.resolve("project-" + name);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.sorted().toList()) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            return new Fixture(target, temp.resolve("generated-" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project already on disk. */
    static Fixture at(Path projectDir, Path outputDir) {
        return new Fixture(projectDir, outputDir);
    }

    Path projectDir() {
        return projectDir;
    }

    /** Rewrites {@code lakehouse.yml}; fails when the edit changed nothing. */
    Fixture edit(UnaryOperator<String> change) {
        Path file = projectDir.resolve("lakehouse.yml");
        try {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit changed nothing in " + file);
            }
            Files.writeString(file, after, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path outputDir() {
        return outputDir;
    }

    /** Generates the project into its output folder and reads that folder back, as a run does. */
    GeneratedProject generate() {
        return generate(projectDir, outputDir);
    }

    /**
     * Generates {@code projectDir} into {@code outputDir} and reads the output folder back. When
     * neither folder changed since the last generation into {@code outputDir} (same file names and
     * contents), the generation read then is returned: generating again would write the same files
     * (generation is deterministic), and tests generate the same project often.
     */
    public static GeneratedProject generate(Path projectDir, Path outputDir) {
        synchronized (GENERATED) {
            Generated last = GENERATED.get(outputDir.toAbsolutePath());
            if (last != null && last.project().equals(digest(projectDir)) && last.output().equals(digest(outputDir))) {
                return last.generated();
            }
            UssGenerator.builder().build().generate(projectDir, outputDir);
            GeneratedProject generated = GeneratedProject.read(outputDir);
            GENERATED.put(outputDir.toAbsolutePath(), new Generated(digest(projectDir), digest(outputDir), generated));
            return generated;
        }
    }

    private static final Map<Path, Generated> GENERATED = new HashMap<>();

    private record Generated(String project, String output, GeneratedProject generated) {
    }

    /** A digest of every file below {@code folder}: its relative name and its bytes. */
    private static String digest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "absent";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table models (table or incremental) of a generation. */
    static List<ModelName> tables(GeneratedProject generated) {
        return generated.models().stream().filter(m -> m.materialization() != Materialization.VIEW)
                .map(CompiledModel::name).toList();
    }
}
