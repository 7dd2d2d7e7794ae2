package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.UssGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/adventure-works-lineage.md}, the example's lineage diagrams in the docs, is exactly
 * what generating the example writes to {@code docs/lineage.md}, so the docs never drift from the
 * model. Run with {@code -Dhooklake.updateGolden=true} to rewrite it (refused when {@code CI=true}).
 */
class AdventureWorksLineageDocTest {

    private static final Path PROJECT = Path.of("..", "examples", "adventure-works", "src", "main", "lakehouse");
    private static final Path DOC = Path.of("..", "docs", "adventure-works-lineage.md");

    @TempDir
    Path temp;

    @Test
    void theDocsHoldTheLineageTheExampleGenerates() throws IOException {
        UssGenerator.builder().build().generate(PROJECT, temp);
        String generated = Files.readString(temp.resolve("docs").resolve("lineage.md"), StandardCharsets.UTF_8);

        if (Boolean.getBoolean("hooklake.updateGolden")) {
            assertThat(System.getenv("CI")).as("docs are never rewritten when CI=true").isNotEqualToIgnoringCase("true");
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/adventure-works-lineage.md against the generated lineage (-Dhooklake.updateGolden=true rewrites)")
                .isEqualTo(generated);
    }
}
