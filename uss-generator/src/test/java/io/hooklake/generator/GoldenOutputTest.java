package io.hooklake.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.output.OutputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole output directory of the tiny project (model files, manifest, lineage docs), built with
 * the synthetic test builder, compared with {@code src/test/resources/golden-output/tiny}: missing,
 * extra and changed files. This pins the writer's, manifest's and docs' format; the real SQL has
 * its own golden files.
 *
 * <p>Run with {@code -Dhooklake.updateGolden=true} to rewrite the files (refused when {@code CI=true}).
 */
class GoldenOutputTest {

    private static final Path PROJECT = Path.of("src/test/resources/projects/tiny");
    private static final Path GOLDEN = Path.of("src/test/resources/golden-output/tiny");

    @TempDir
    Path temp;

    @Test
    void generatesExactlyTheGoldenOutputDirectory() throws IOException {
        Path out = temp.resolve("out");
        UssGenerator.builder().modelSetBuilder(new SyntheticModelSetBuilder())
                .build().generate(PROJECT, out);
        Map<String, byte[]> actual = UssGeneratorTest.snapshot(out);
        // A cache of what the SQL check found (SqlCheckerTest), not part of the generated lakehouse.
        assertThat(actual.remove(OutputLayout.SQL_CHECKED)).isNotNull();

        if (Boolean.getBoolean("hooklake.updateGolden")) {
            assertThat(System.getenv("CI")).as("golden files are never updated when CI=true").isNotEqualToIgnoringCase("true");
            update(actual);
        }

        Map<String, byte[]> golden = UssGeneratorTest.snapshot(GOLDEN);
        Set<String> missing = new TreeSet<>(golden.keySet());
        missing.removeAll(actual.keySet());
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(golden.keySet());
        Set<String> changed = new TreeSet<>();
        golden.forEach((path, bytes) -> {
            if (actual.containsKey(path) && !java.util.Arrays.equals(actual.get(path), bytes)) {
                changed.add(path);
            }
        });
        assertThat(missing).as("files the golden output has and the generation did not write").isEmpty();
        assertThat(extra).as("files the generation wrote that the golden output lacks").isEmpty();
        assertThat(changed).as("files whose content differs from the golden output (-Dhooklake.updateGolden=true rewrites)")
                .isEmpty();
        assertThat(golden).hasSize(14);
    }

    private static void update(Map<String, byte[]> actual) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> walk = Files.walk(GOLDEN)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            Path target = GOLDEN.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
