package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WarningsTest {

    private static final String DIR = "src/test/resources/warnings";

    @Test
    void warnsAboutUnusedKeysetAndConceptWithoutKeysetButBuildsTheProject() {
        LoadResult result = ProjectLoader.check(Path.of(DIR));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.errors()).isEmpty();
        assertThat(result.project()).isPresent();
        assertThat(result.warnings()).isEqualTo(result.diagnostics());
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                DIR + "/lakehouse.yml:12:11: warning LH151: concept 'product' has no keyset (add a keyset for its keys, or remove it)",
                DIR + "/lakehouse.yml:16:5: warning LH150: keyset 'customer__legacy__shop' is used by no hook (use it in a hook, or remove it)");
    }

    @Test
    void loadDoesNotThrowForWarnings() {
        Project project = ProjectLoader.load(Path.of(DIR));

        assertThat(project.keysets()).hasSize(2);
    }

    @Test
    void warningsAreLeftOutWhileThereAreErrors() {
        LoadResult result = ProjectLoader.check(Path.of("src/test/resources/invalid/unknown-keyset"));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.errors()).isNotEmpty();
    }
}
