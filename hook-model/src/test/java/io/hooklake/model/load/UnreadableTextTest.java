package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text the YAML parser cannot read is reported at its own line and column and in the user's
 * words: no exception or Java type names (the parser reported a bad byte as
 * {@code java.io.CharConversionException} at 1:1), and files out of the project folder are not
 * read.
 */
class UnreadableTextTest {

    private static final String PROJECT = """
            project:
              name: shop
            sources:
              - name: shop
                tables:
                  - name: customers
            """;

    @TempDir
    Path dir;

    @Test
    void reportsAByteThatIsNotUtf8AtItsLineAndColumn() throws IOException {
        byte[] yaml = (PROJECT + "    columns:\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[yaml.length + 1];
        System.arraycopy(yaml, 0, bytes, 0, yaml.length);
        bytes[yaml.length] = (byte) 0xff;
        int at = PROJECT.indexOf("customers") + 3;
        bytes[at] = (byte) 0xff;
        Path file = dir.resolve("lakehouse.yml");
        Files.write(file, bytes);

        assertThat(diagnostics()).containsExactly(
                file + ":6:18: error LH100: byte 0xFF is not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void countsCharactersNotBytesBeforeABadByte() throws IOException {
        byte[] before = "project: {name: \"Zürich café ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 3];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xc3;
        bytes[before.length + 1] = (byte) 0x28;
        bytes[before.length + 2] = '"';
        Path file = dir.resolve("lakehouse.yml");
        Files.write(file, bytes);

        assertThat(diagnostics()).containsExactly(
                file + ":1:30: error LH100: byte 0xC3 is not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void reportsAControlCharacterAtItsLineAndColumn() throws IOException {
        Path file = dir.resolve("lakehouse.yml");
        Files.writeString(file, PROJECT + "    description: bell\u0007\n");

        assertThat(diagnostics()).containsExactly(file + ":7:22: error LH100: character U+0007 is a control character,"
                + " which YAML does not allow (remove it, or write it as an escape in a double-quoted text)");
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() throws IOException {
        Files.writeString(dir.resolve("lakehouse.yml"), "\uFEFFproject:\n  name: shop\n");

        assertThat(ProjectLoader.check(dir).diagnostics()).isEmpty();
    }

    @Test
    void reportsAYamlErrorOfTheParserWithoutJavaNames() throws IOException {
        Path file = dir.resolve("lakehouse.yml");
        Files.writeString(file, "project:\n  name: shop\nsources: !!binary abc\n");

        assertThat(diagnostics()).singleElement().asString().startsWith(file + ":3:").contains("error LH100: YAML syntax error")
                .doesNotContain("Exception", "java.", "Variant", "()");
    }

    @Test
    void refusesAYamlFileThatIsALinkToAFileOutOfTheProjectFolder(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.yml"), "project:\n  name: secret\n");
        Path link = Files.createSymbolicLink(dir.resolve("lakehouse.yml"), secret);

        assertThat(diagnostics()).containsExactly(
                dir + ": error LH118: no 'project' section in any YAML file of the folder (add 'project: {name: ...}'"
                        + " to one file)",
                link + ":1:1: error LH127: file is a link to a file out of the project folder: a project reads files"
                        + " of its own folder only");
    }

    @Test
    void refusesADltSchemaThatIsALinkToAFileOutOfTheProjectFolder(@TempDir Path elsewhere) throws IOException {
        Path schema = Files.writeString(elsewhere.resolve("shop.schema.yaml"), "tables: {}\n");
        Files.createSymbolicLink(dir.resolve("shop.schema.yaml"), schema);
        Path file = dir.resolve("lakehouse.yml");
        Files.writeString(file, "project:\n  name: shop\nsources:\n  - name: shop\n    dlt_schema: shop.schema.yaml\n");

        assertThat(diagnostics()).contains(file + ":5:17: error LH127: dlt_schema 'shop.schema.yaml' is a link to a file"
                + " out of the project folder: a project reads files of its own folder only (put the dlt schema in the"
                + " project folder " + dir + " and name it relative to this file)");
    }

    private List<String> diagnostics() {
        LoadResult result = ProjectLoader.check(dir);
        assertThat(result.project()).isEmpty();
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
