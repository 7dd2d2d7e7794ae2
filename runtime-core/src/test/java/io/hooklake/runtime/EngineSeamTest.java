package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-neutral runtime runs without any engine's library, and says which to add. */
class EngineSeamTest {

    /** What the runtime may use of the generator: its contract and the value records the contract exposes. */
    private static final Set<String> GENERATOR_VALUES = Set.of("ModelName", "Fingerprint", "Materialization", "ModelKind",
            "ModelColumn");

    @TempDir
    Path temp;

    @Test
    void withoutAnEngineOnTheClassPathOpeningALakehouseSaysWhichToAddAndCreatesNothing() {
        assertThat(onClassPath("org.duckdb.DuckDBDriver")).isFalse();
        assertThat(onClassPath("io.delta.kernel.Table")).isFalse();
        assertThat(onClassPath("org.apache.iceberg.Table")).isFalse();
        assertThat(onClassPath("org.apache.hadoop.conf.Configuration")).isFalse();

        LakehouseException failure = catchThrowableOfType(LakehouseException.class,
                () -> Lakehouse.open(temp.resolve("lake")));

        assertThat(failure.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
        assertThat(failure.getMessage()).startsWith("LH314: no lakehouse engine on the class path")
                .contains("io.hooklake:runtime-duckdb");
        assertThat(temp.resolve("lake")).doesNotExist();
    }

    @Test
    void theRuntimesMainCodeUsesOnlyTheGeneratorsContract() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path sources : List.of(Path.of("src", "main", "java"), Path.of("..", "runtime-duckdb", "src", "main", "java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import io.hooklake.generator.") && !allowed(line)) {
                            offending.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static boolean allowed(String line) {
        String imported = line.substring("import io.hooklake.generator.".length(), line.length() - 1);
        return imported.startsWith("contract.") || GENERATOR_VALUES.contains(imported);
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, EngineSeamTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
