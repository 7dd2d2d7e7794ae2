package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.runtime.duckdb.DuckDbEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lakehouse copied or moved to another folder reads its own files there, in every table
 * format: queried with no writable open at all (as a read-only copy is), queried after opening
 * it, and loaded and run incrementally, while the original folder is gone.
 */
@Timeout(300)
class RelocationTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aCopiedLakehouseReadsAndWritesItsOwnFilesWithTheOriginalGone(TableFormat format) throws IOException {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        String everyTable = everyTable(generated);
        Lakehouse original = Lakehouse.open(temp.resolve("original"), format);
        GeoLoads.land(original.landing(generated), 1);
        original.run(generated);
        String afterLoad1 = original.query(everyTable, 1000).toTable();
        Lakehouse reference = Lakehouse.open(temp.resolve("reference"), format);
        for (int load = 1; load <= 2; load++) {
            GeoLoads.land(reference.landing(generated), load);
            reference.run(generated);
        }
        String afterLoad2 = reference.query(everyTable, 1000).toTable();

        Path copy = temp.resolve("elsewhere").resolve("copy");
        Path readOnlyCopy = temp.resolve("read-only-copy");
        copyFolder(original.directory(), copy);
        copyFolder(original.directory(), readOnlyCopy);
        deleteFolder(original.directory());

        // A read-only folder is not refreshed when opened: the engine's query alone must find the files.
        QueryResult untouched = new DuckDbEngine().open(readOnlyCopy, format).query(everyTable, 1000, Duration.ofMinutes(1));
        assertThat(untouched.toTable()).isEqualTo(afterLoad1);

        Lakehouse moved = Lakehouse.open(copy, format);
        assertThat(moved.query(everyTable, 1000).toTable()).isEqualTo(afterLoad1);
        GeoLoads.land(moved.landing(generated), 2);
        RunResult run = moved.run(generated);
        assertThat(run.models()).isNotEmpty();
        assertThat(moved.query(everyTable, 1000).toTable()).isEqualTo(afterLoad2);
        assertThat(original.directory()).doesNotExist();
        if (format == TableFormat.ICEBERG) {
            // Iceberg's own reader finds each table's current metadata in the copy.
            ModelName frame = Fixture.tables(generated).get(0);
            assertThat(IcebergReader.table(copy, frame).location()).contains(copy.resolve("tables").toString());
        }
        assertThat(Lakehouse.open(copy, format).query(everyTable, 1000).toTable()).isEqualTo(afterLoad2);
    }

    /** The row count and a hash of the rows of every table model and landed table, one row each. */
    static String everyTable(GeneratedProject generated) {
        Stream<ModelName> tables = Stream.concat(generated.landedTables().stream().map(t -> t.relation()),
                Fixture.tables(generated).stream());
        return tables.map(t -> "SELECT '" + t.qualified() + "' AS relation, count(*) AS row_count,"
                        + " sum(hash(x)) AS row_hash FROM \"" + t.schema() + "\".\"" + t.name() + "\" AS x")
                .collect(Collectors.joining("\nUNION ALL ")) + "\nORDER BY relation";
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
