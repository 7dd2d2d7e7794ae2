package io.hooklake.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ErrorCode} is the one place codes are written: no main source of any module writes a code
 * as a string, {@code docs/error-codes.md} lists exactly the codes with their meanings and who
 * fixes them, every code the docs mention exists, and every code of the YAML loader has a test
 * that expects its full diagnostic line.
 */
class ErrorCodeTest {

    private static final Path ROOT = Path.of("..");
    private static final Path CODES_PAGE = ROOT.resolve("docs/error-codes.md");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"[^\"\\n]*\\bLH\\d{3}\\b[^\"\\n]*\"");
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\| (LH\\d{3}) \\| `([A-Z_]+)` \\| (you|Hooklake) \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void noMainSourceWritesACodeOutsideTheType() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(mainSourceFolders())) {
            if (file.getFileName().toString().equals("ErrorCode.java")) {
                continue;
            }
            String text = Files.readString(file);
            Matcher matcher = CODE_LITERAL.matcher(text);
            while (matcher.find()) {
                offenders.add(ROOT.relativize(file) + ": " + matcher.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void codesAreUniqueAndNumberedByStage() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct().count())
                .isEqualTo(ErrorCode.values().length);
        assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(code.code()).matches("LH[1235]\\d\\d"));
        assertThat(ErrorCode.DATABASE_FAILED.isUserMistake()).isFalse();
        assertThat(ErrorCode.UNKNOWN_KEYSET.isUserMistake()).isTrue();
        assertThat(ErrorCode.UNKNOWN_KEYSET).hasToString("LH104");
    }

    @Test
    void theErrorCodesPageListsEveryCodeWithItsMeaningAndWhoFixesIt() throws IOException {
        List<String> documented = new ArrayList<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(CODES_PAGE));
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4));
        }
        List<String> declared = Arrays.stream(ErrorCode.values())
                .map(c -> c.code() + " " + c.name() + " " + (c.isUserMistake() ? "you" : "Hooklake") + " " + c.meaning())
                .toList();
        assertThat(documented).containsExactlyElementsOf(declared);
    }

    @Test
    void everyCodeTheDocsMentionExists() throws IOException {
        Set<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        List<Path> pages = new ArrayList<>(markdown(ROOT.resolve("docs")));
        pages.add(ROOT.resolve("README.md"));
        for (Path page : pages) {
            Matcher code = Pattern.compile("\\bLH\\d{3}\\b").matcher(Files.readString(page));
            while (code.find()) {
                if (!known.contains(code.group())) {
                    unknown.add(ROOT.relativize(page) + ": " + code.group());
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyCodeTheLoaderReportsHasATestThatExpectsItsFullLine() throws IOException {
        Set<String> reported = new TreeSet<>();
        for (Path file : javaFiles(List.of(Path.of("src/main/java/io/hooklake/model/load")))) {
            Matcher use = Pattern.compile("ErrorCode\\.([A-Z_]+)").matcher(Files.readString(file));
            while (use.find()) {
                reported.add(ErrorCode.valueOf(use.group(1)).code());
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Path file : javaFiles(List.of(Path.of("src/test/java/io/hooklake/model/load")))) {
            Matcher line = Pattern.compile("(?:error|warning) (LH\\d{3}): ").matcher(Files.readString(file));
            while (line.find()) {
                expected.add(line.group(1));
            }
        }
        assertThat(expected).containsAll(reported);
    }

    private static List<Path> mainSourceFolders() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT, 5)) {
            walk.filter(p -> p.endsWith(Path.of("src", "main", "java")) && Files.isDirectory(p))
                    .filter(p -> !p.toString().contains("target"))
                    .sorted()
                    .forEach(folders::add);
        }
        assertThat(folders).as("main source folders of the modules").hasSizeGreaterThanOrEqualTo(5);
        return folders;
    }

    private static List<Path> javaFiles(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static List<Path> markdown(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
