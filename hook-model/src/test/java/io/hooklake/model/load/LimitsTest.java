package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological projects, generated here, are refused in seconds with a located diagnostic naming
 * the limit (LH125), rather than read for minutes or hours. Before the limits, a 20 MB
 * description did not load in 900 s and a 5 MB key in 300 s: SnakeYAML scans a long run of
 * characters in time that grows with the square of its length. Each test has a timeout far below
 * what the unbounded reading would take.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LimitsTest {

    private static final String TABLE = """
            project:
              name: big
            sources:
              - name: shop
                tables:
                  - name: customers
                    columns:
                      - {name: customer_id, type: BIGINT}
            """;

    @TempDir
    Path dir;

    @Test
    void refusesAFileOfTwentyMegabytesWithoutParsingIt() throws IOException {
        Path file = dir.resolve("lakehouse.yml");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((TABLE + "    description: \"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.write("\"\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(diagnostics()).containsExactly(file + ":1:1: error LH125: file has 20.0 MiB, more than the 8 MiB a"
                + " YAML file may have (split it into several files)");
    }

    @Test
    void refusesALineLongerThanTwentyThousandCharactersAtItsLineAndColumn() throws IOException {
        // The tester's 5 MB key: within the file's size, but one line.
        Path file = write(TABLE + "      - {name: " + "k".repeat(5 << 20) + ", type: BIGINT}\n");

        assertThat(diagnostics()).containsExactly(file + ":9:20001: error LH125: line is longer than 20,000 characters,"
                + " the most a line may have (break long text over several lines, with a block scalar such as"
                + " 'description: >')");
    }

    @Test
    void refusesADescriptionLongerThanSixteenThousandCharacters() throws IOException {
        String line = "word ".repeat(20) + "\n";
        Path file = write(TABLE.replace("    columns:", "    description: >\n"
                + String.join("", Collections.nCopies(70_000, "          " + line)) + "        columns:"));

        assertThat(diagnostics()).containsExactly(file + ":7:22: error LH125: 'description' of table has 7,070,000"
                + " characters, more than the 16,384 it may have");
    }

    @Test
    void refusesANameOrKeyLongerThanTwoHundredAndFiftyFiveCharacters() throws IOException {
        Path file = write(TABLE.replace("name: customers", "name: " + "c".repeat(300))
                + "concepts:\n  - {name: customer, " + "k".repeat(256) + ": 1}\n");

        assertThat(diagnostics()).containsExactly(
                file + ":6:15: error LH125: 'name' of table has 300 characters, more than the 255 it may have",
                file + ":10:22: error LH125: key has 256 characters, more than the 255 a key may have");
    }

    @Test
    void refusesNestingDeeperThanSixtyFourLevelsWhereItHappens() throws IOException {
        Path file = write(TABLE + "frames: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n");

        assertThat(diagnostics()).containsExactly(file + ":9:72: error LH125: mappings and lists are nested more than 64"
                + " levels deep here, the most a YAML file may have");
    }

    @Test
    void refusesAliasesThatRepeatValuesMillionsOfTimes() throws IOException {
        StringBuilder yaml = new StringBuilder(TABLE).append("frames:\n  - &a0 {table: customers, prefix: c, hooks: []}\n");
        for (int level = 1; level <= 7; level++) {
            yaml.append("  - &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        Path file = write(yaml.toString());

        assertThat(diagnostics()).singleElement().asString().startsWith(file + ":16:").endsWith(": error LH125: the file"
                + " has more than 2,000,000 values (each value an alias repeats counted again), the most a YAML file"
                + " may have");
    }

    @Test
    void refusesMoreHooksThanAFrameMayHaveAndChecksNothingElse() throws IOException {
        StringBuilder yaml = new StringBuilder(TABLE).append("frames:\n  - table: customers\n    prefix: c\n    hooks:\n");
        for (int i = 0; i < 501; i++) {
            yaml.append("      - {keyset: nowhere, business_key: no_such_column}\n");
        }
        Path file = write(yaml.toString());

        assertThat(diagnostics()).containsExactly(file + ":513:9: error LH125: frame 'shop__customers' has 501 hooks and"
                + " composite hooks, more than the 500 it may have");
    }

    @Test
    void refusesMoreTablesThanASourceMayHave() throws IOException {
        StringBuilder yaml = new StringBuilder("project: {name: big}\nsources:\n  - name: shop\n    tables:\n");
        for (int i = 0; i < 10_001; i++) {
            yaml.append("      - {name: t").append(i).append(", columns: [{name: id, type: BIGINT}]}\n");
        }
        Path file = write(yaml.toString());

        assertThat(diagnostics()).containsExactly(file + ":10005:9: error LH125: source 'shop' has 10,001 tables, more"
                + " than the 10,000 it may have");
    }

    @Test
    void refusesAProjectWhoseFilesTogetherHaveMoreThanSixtyFourMebibytes() throws IOException {
        byte[] comment = ("#" + "x".repeat(99) + "\n").repeat(70_000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            Files.write(dir.resolve("part_" + i + ".yml"), comment);
        }

        assertThat(diagnostics()).containsExactly(dir + ": error LH125: the YAML files of the project folder have more"
                + " than 64 MiB together, the most a project may have");
    }

    @Test
    void givesThousandsOfMisspeltNamesTheirErrorsQuicklyWithHintsAsLongAsTheBudgetLasts() throws IOException {
        int n = 4_000;
        StringBuilder yaml = new StringBuilder(TABLE).append("concepts:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {name: concept_number_").append(i).append("}\n");
        }
        yaml.append("keysets:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {concept: concept_number_").append(i).append(", source: shop}\n");
        }
        yaml.append("frames:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {table: customers, name: f").append(i).append(", prefix: p").append(i)
                    .append(", hooks: [{keyset: concept_numbr_").append(i).append("__shop, business_key: customer_id, primary: true}]}\n");
        }
        Path file = write(yaml.toString());

        List<String> lines = diagnostics();

        assertThat(lines).hasSize(n);
        assertThat(lines.get(0)).isEqualTo(file + ":" + (2 * n + 12) + ":63: error LH104: hook '_hook__concept_numbr_0'"
                + " uses unknown keyset 'concept_numbr_0__shop' (did you mean 'concept_number_0__shop'?)");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("lakehouse.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private List<String> diagnostics() {
        LoadResult result = ProjectLoader.check(dir);
        assertThat(result.project()).isEmpty();
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
