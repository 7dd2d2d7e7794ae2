package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codes the loader reports, the codes docs/yaml-reference.md lists and the codes tests expect agree. */
class ErrorCodesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/hooklake/model/load");
    private static final Path TESTS = Path.of("src/test/java/io/hooklake/model/load");
    private static final Path REFERENCE = Path.of("../docs/yaml-reference.md");

    @Test
    void everyReportedCodeIsDocumentedAndEveryDocumentedCodeIsReported() throws IOException {
        assertThat(documentedCodes()).isEqualTo(codes(SOURCES, Pattern.compile("\"(LH\\d{3})\"")));
    }

    @Test
    void everyDocumentedCodeHasATestThatExpectsItsFullLine() throws IOException {
        assertThat(codes(TESTS, Pattern.compile("(?:error|warning) (LH\\d{3}): "))).isEqualTo(documentedCodes());
    }

    private static Set<String> documentedCodes() throws IOException {
        String reference = Files.readString(REFERENCE);
        String table = reference.substring(reference.indexOf("## Error codes"));
        return matches(table, Pattern.compile("^\\| (LH\\d{3}) \\|", Pattern.MULTILINE));
    }

    private static Set<String> codes(Path folder, Pattern pattern) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                codes.addAll(matches(Files.readString(file), pattern));
            }
        }
        return codes;
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
