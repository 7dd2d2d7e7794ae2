package io.hooklake.examples.adventureworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hooklake.examples.adventureworks.Catalog.ForeignKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real AdventureWorks data ({@code ../shared/data/adventure-works}, system property
 * {@code hooklake.shared.dir}); skipped when it is absent.
 */
class RealDataTest {

    @TempDir
    Path temp;

    static Path real() {
        Path real = LoadedData.shared();
        assumeTrue(Files.isRegularFile(real.resolve("addresses.parquet")), "AdventureWorks data " + real + " absent: skipped");
        return real;
    }

    /** With {@code AdventureWorksDataTest}'s check of the generated files against the YAML: synthetic files have the real schemas. */
    @Test
    void declaredColumnsAndTypesAreThoseOfTheRealFiles() throws Exception {
        Path real = real();
        Catalog catalog = Catalog.of(LoadedData.loadProject());
        try (LoadedData data = new LoadedData(temp, 1)) {
            for (String table : catalog.tables()) {
                String realFile = "'" + real.resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''") + "'";
                assertThat(catalog.columns(table).stream().map(c -> c.name() + " " + c.type()).toList()).as(table)
                        .isEqualTo(data.schema(realFile));
            }
        }
    }

    @Test
    void realDataSplitsIntoLoadsWhereEveryRowLandsOnceAndNoReferenceLandsBeforeItsRow() throws Exception {
        Path real = real();
        Catalog catalog = Catalog.of(LoadedData.loadProject());
        int loads = 2;
        GeneratorOptions options = GeneratorOptions.synthetic(LoadedData.project(), temp.resolve("real")).withLoads(loads).withReal(real);
        GenerationSummary summary = AdventureWorksData.generate(options);
        System.out.print(summary.describe());
        assertThat(summary.loadedAt().get(0)).isAfter(LocalDateTime.of(2017, 12, 13, 13, 58));
        try (LoadedData data = new LoadedData(options.out(), loads)) {
            for (String table : catalog.tables()) {
                String path = "'" + real.resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''") + "'";
                String file = "read_parquet(" + path + ")";
                String key = catalog.primaryKey(table).stream().map(Catalog::quoted).collect(Collectors.joining(", "));
                assertThat(data.schema(data.file(table, 1))).as(table).isEqualTo(data.schema(path));
                assertThat(data.count("SELECT count(*) FROM (SELECT DISTINCT " + key + " FROM " + data.upTo(table, loads) + ")"))
                        .as("keys of %s", table).isEqualTo(data.count("SELECT count(*) FROM " + file));
                assertThat(data.count("SELECT count(*) FROM (SELECT * FROM " + data.upTo(table, loads) + " EXCEPT SELECT * FROM " + file
                        + ") WHERE modified_date < TIMESTAMP '2018-01-01'")).as("rows of %s not in the real data", table).isZero();
            }
            assertThat(data.count("SELECT count(*) FROM read_parquet(" + data.file("sales_order_headers", 1) + ")"))
                    .isBetween(31465L * 7 / 10, 31465L * 9 / 10);
            for (ForeignKey fk : catalog.foreignKeys()) {
                String realParent = "read_parquet('" + real.resolve(fk.referenced() + ".parquet").toAbsolutePath().toString().replace("'", "''") + "')";
                for (int load = 1; load <= loads; load++) {
                    String child = "(SELECT c.* FROM read_parquet(" + data.file(fk.table(), load) + ") c WHERE EXISTS (SELECT 1 FROM "
                            + realParent + " p WHERE " + on(fk) + "))";
                    assertThat(data.unresolved(fk, child, data.upTo(fk.referenced(), load)))
                            .as("%s(%s) -> %s in load %d", fk.table(), fk.columns(), fk.referenced(), load).isZero();
                }
            }
        }
    }

    private static String on(ForeignKey fk) {
        List<String> on = new ArrayList<>();
        for (int k = 0; k < fk.columns().size(); k++) {
            on.add("p." + Catalog.quoted(fk.referencedColumns().get(k)) + " = c." + Catalog.quoted(fk.columns().get(k)));
        }
        return String.join(" AND ", on);
    }
}
