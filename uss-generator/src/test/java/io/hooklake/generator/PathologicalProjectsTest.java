package io.hooklake.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.model.InvalidProjectException;
import io.hooklake.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects that used to hang, exhaust memory or crash a generation are refused in seconds, with
 * located diagnostics and nothing written (issue 13, items 6 and 7). Each test's timeout is far
 * below what the unbounded generation took, and above what the bounded one takes on a loaded
 * machine with the other test JVM beside it (a 20,000-reference chain took 34 s at a load of 10).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PathologicalProjectsTest {

    private static final String GEO = """
            project:
              name: geo
            sources:
              - name: geo
                tables:
                  - name: %s
                    description: %s
                    columns:
                      - {name: id, type: INTEGER}
            concepts:
              - name: thing
            keysets:
              - {concept: thing, source: geo}
            frames:
              - table: %s
                name: things
                prefix: thing
                hooks:
                  - {keyset: thing__geo, business_key: id, primary: true}
            """;

    @TempDir
    Path temp;

    @Test
    void aTwentyMegabyteDescriptionIsRefusedInsteadOfGeneratingForMinutes() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path file = project.resolve("lakehouse.yml");
        try (OutputStream out = Files.newOutputStream(file)) {
            String[] parts = String.format(GEO, "things", "\u0000", "things").split("\u0000");
            out.write(parts[0].getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "d".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.write(parts[1].getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(project, file + ":1:1: error LH125: file has 20.0 MiB, more than the 8 MiB a YAML file may have"
                + " (split it into several files)");
    }

    @Test
    void aTableNameThatClimbsOutOfTheOutputFolderIsADiagnosticNotACrash() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path file = project.resolve("lakehouse.yml");
        Files.writeString(file, String.format(GEO, "../../../../elsewhere/x", "x", "../../../../elsewhere/x"));

        assertRefused(project, file + ":6:15: error LH126: table name '../../../../elsewhere/x' holds '/', but it becomes"
                + " part of a file name (rename the table in the source, or land it under another name)");
    }

    @Test
    void anAbsoluteTableNameIsADiagnosticNotANestedFolder() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path file = project.resolve("lakehouse.yml");
        Files.writeString(file, String.format(GEO, "/elsewhere/x", "x", "/elsewhere/x"));

        assertRefused(project, file + ":6:15: error LH126: table name '/elsewhere/x' holds '/', but it becomes part of a"
                + " file name (rename the table in the source, or land it under another name)");
        assertThat(temp.resolve("out/models/das/raw__geo__")).doesNotExist();
    }

    @Test
    void aChainOfTwentyThousandReferencesIsRefusedAtTheFirstBridgeTooWide() {
        // Each bridge inherits every ancestor's point-in-time hook: the SQL grew with the square of the
        // chain's length, and the search of the frame graph recursed once per frame.
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> UssGenerator.builder().build().generate(SyntheticProjects.chain(20_000), out))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.errors())
                        .extracting(Diagnostic::toString).containsExactly("frames.yml:2571:3: error LH209: bridge of"
                                + " frame 'src__thing_00257s' would inherit 257 point-in-time hooks through its 1"
                                + " reference, more than the 256 a bridge may have (references cascade too many levels"
                                + " deep or in too many roles: refer to fewer frames, or in fewer roles, from this frame"
                                + " or the frames it refers to)"));
        assertThat(out).doesNotExist();
    }

    @Test
    void referencesInHundredsOfRolesAreRefusedBeforeTheirColumnsMultiply() throws IOException {
        // d <- c in 200 roles <- b in 200 roles <- a in 200 roles: a's bridge would have had 8 million columns.
        StringBuilder yaml = new StringBuilder("project: {name: roles}\nsources:\n  - name: s\n    tables:\n");
        for (String t : new String[] {"a", "b", "c", "d"}) {
            yaml.append("      - name: ").append(t).append("\n        columns:\n          - {name: id, type: INTEGER}\n");
            if (!t.equals("d")) {
                for (int r = 0; r < 200; r++) {
                    yaml.append("          - {name: ref_").append(r).append(", type: INTEGER}\n");
                }
            }
        }
        yaml.append("concepts: [{name: a}, {name: b}, {name: c}, {name: d}]\n");
        yaml.append("keysets: [{concept: a, source: s}, {concept: b, source: s}, {concept: c, source: s}, {concept: d, source: s}]\n");
        yaml.append("frames:\n");
        String[][] frames = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", null}};
        for (String[] frame : frames) {
            yaml.append("  - table: ").append(frame[0]).append("\n    prefix: ").append(frame[0]).append("\n    hooks:\n");
            yaml.append("      - {keyset: ").append(frame[0]).append("__s, business_key: id, primary: true}\n");
            if (frame[1] != null) {
                for (int r = 0; r < 200; r++) {
                    yaml.append("      - {keyset: ").append(frame[1]).append("__s, business_key: ref_").append(r)
                            .append(", role: r").append(r).append("}\n");
                }
            }
        }
        Path project = Files.createDirectories(temp.resolve("project"));
        Path file = project.resolve("lakehouse.yml");
        Files.writeString(file, yaml);
        int frameB = yaml.indexOf("  - table: b\n    prefix");
        int line = (int) yaml.substring(0, frameB).chars().filter(c -> c == '\n').count() + 1;

        assertRefused(project, file + ":" + line + ":5: error LH209: bridge of frame 's__b' would inherit 40200"
                + " point-in-time hooks through its 200 references, more than the 256 a bridge may have (references"
                + " cascade too many levels deep or in too many roles: refer to fewer frames, or in fewer roles, from"
                + " this frame or the frames it refers to)");
    }

    private void assertRefused(Path project, String line) {
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> UssGenerator.builder().build().generate(project, out))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.errors())
                        .extracting(Diagnostic::toString).containsExactly(line));
        assertThat(out).doesNotExist();
    }
}
