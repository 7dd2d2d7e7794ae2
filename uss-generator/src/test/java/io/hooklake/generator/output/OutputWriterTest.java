package io.hooklake.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    private final OutputWriter writer = new OutputWriter();

    private static List<GeneratedFile> files(String frameSql) {
        return List.of(
                new GeneratedFile("manifest.json", "{ }\n"),
                new GeneratedFile("models/dab/frame__a.sql", frameSql),
                new GeneratedFile("models/das/raw__a.sql", "SELECT 1\n"),
                new GeneratedFile("docs/lineage.md", "# Lineage\n"));
    }

    @Test
    void writesEveryFileTheFirstTime() throws IOException {
        WriteResult result = writer.write(out, files("SELECT 2\n"));

        assertThat(result.written()).containsExactly("docs/lineage.md", "manifest.json", "models/dab/frame__a.sql",
                "models/das/raw__a.sql");
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(out.resolve("models/dab/frame__a.sql")).hasContent("SELECT 2");
        try (var stream = Files.list(out.resolve("models/dab"))) {
            assertThat(stream.map(p -> p.getFileName().toString())).containsExactly("frame__a.sql");
        }
    }

    @Test
    void leavesFilesWithTheSameContentUntouched() throws IOException {
        writer.write(out, files("SELECT 2\n"));
        for (String path : List.of("manifest.json", "models/dab/frame__a.sql", "models/das/raw__a.sql", "docs/lineage.md")) {
            Files.setLastModifiedTime(out.resolve(path), LONG_AGO);
        }

        WriteResult second = writer.write(out, files("SELECT 2\n"));

        assertThat(second.written()).isEmpty();
        assertThat(second.deleted()).isEmpty();
        assertThat(second.unchanged()).hasSize(4);
        for (String path : second.unchanged()) {
            assertThat(Files.getLastModifiedTime(out.resolve(path))).as(path).isEqualTo(LONG_AGO);
        }
    }

    @Test
    void rewritesOnlyTheFileWhoseContentChanged() throws IOException {
        writer.write(out, files("SELECT 2\n"));
        Files.setLastModifiedTime(out.resolve("models/das/raw__a.sql"), LONG_AGO);

        WriteResult second = writer.write(out, files("SELECT 3\n"));

        assertThat(second.written()).containsExactly("models/dab/frame__a.sql");
        assertThat(out.resolve("models/dab/frame__a.sql")).hasContent("SELECT 3");
        assertThat(Files.getLastModifiedTime(out.resolve("models/das/raw__a.sql"))).isEqualTo(LONG_AGO);
    }

    @Test
    void removesStaleFilesBelowModelsAndDocsButNothingElse() throws IOException {
        writer.write(out, files("SELECT 2\n"));
        Files.createDirectories(out.resolve("models/old_schema"));
        Files.writeString(out.resolve("models/old_schema/gone.sql"), "SELECT 0\n");
        Files.writeString(out.resolve("models/dab/frame__renamed.sql"), "SELECT 0\n");
        Files.writeString(out.resolve("docs/old.md"), "old\n");
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.createDirectories(out.resolve("runtime"));
        Files.writeString(out.resolve("runtime/state.db"), "state\n");

        WriteResult second = writer.write(out, files("SELECT 2\n"));

        assertThat(second.deleted()).containsExactly("docs/old.md", "models/dab/frame__renamed.sql", "models/old_schema/gone.sql");
        assertThat(out.resolve("models/old_schema")).doesNotExist();
        assertThat(out.resolve("notes.txt")).exists();
        assertThat(out.resolve("runtime/state.db")).exists();
        assertThat(out.resolve("models/dab/frame__a.sql")).exists();
    }

    @Test
    void refusesToDeleteFilesInADirectoryWithoutAManifestAndWritesNothing() throws IOException {
        Files.createDirectories(out.resolve("docs"));
        Files.writeString(out.resolve("docs/handbook.md"), "precious\n");

        assertThatThrownBy(() -> writer.write(out, files("SELECT 2\n")))
                .isInstanceOfSatisfying(OutputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AN_OUTPUT_FOLDER))
                .hasMessageContaining("docs/handbook.md");
        assertThat(out.resolve("docs/handbook.md")).hasContent("precious");
        assertThat(out.resolve("manifest.json")).doesNotExist();
        assertThat(out.resolve("models")).doesNotExist();
    }

    @Test
    void rejectsPathsThatAreNotPlainRelativePaths() {
        for (String path : List.of("../escape.sql", "models/../../x.sql", "/etc/x", "models\\x.sql", "C:/x", "",
                "models//x.sql", "models/./x.sql", "models/a\nb.sql", "models/" + "x".repeat(256) + ".sql")) {
            assertThatThrownBy(() -> new GeneratedFile(path, "x")).as(path)
                    .isInstanceOfSatisfying(OutputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSAFE_PATH));
        }
        assertThatThrownBy(() -> new GeneratedFile("models/../../x.sql", "x")).hasMessage("refusing to write"
                + " models/../../x.sql: it is not a plain relative path inside the output folder (a name of it is '..')");
    }

    @Test
    void refusesAModelWhoseNameWouldMakeItAFileElsewhere() {
        assertThatThrownBy(() -> OutputLayout.modelFile(new ModelName("das", "raw__geo__/elsewhere/x")))
                .isInstanceOfSatisfying(OutputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSAFE_PATH))
                .hasMessage("refusing to write model das.raw__geo__/elsewhere/x to"
                        + " models/das/raw__geo__/elsewhere/x.sql: its name holds '/', so it is not one file in the"
                        + " folder of its schema (a bug: Hooklake checks the names of a project's YAML)");
        assertThatThrownBy(() -> OutputLayout.modelFile(new ModelName("das", "raw__geo__../../../../elsewhere/x")))
                .isInstanceOf(OutputException.class).hasMessageContaining("its name holds '/'");
    }
}
