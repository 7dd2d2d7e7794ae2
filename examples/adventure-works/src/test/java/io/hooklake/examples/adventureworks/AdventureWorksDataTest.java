package io.hooklake.examples.adventureworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.examples.adventureworks.Catalog.ForeignKey;
import io.hooklake.model.Column;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic AdventureWorks at scale 0.05 in three loads, read back. */
class AdventureWorksDataTest {

    static final int LOADS = 3;

    @TempDir
    static Path temp;

    static Project project;
    static Catalog catalog;
    static GenerationSummary summary;
    static LoadedData data;

    @BeforeAll
    static void generate() throws Exception {
        project = LoadedData.loadProject();
        catalog = Catalog.of(project);
        GeneratorOptions options = GeneratorOptions.synthetic(LoadedData.project(), temp.resolve("data"))
                .withScale(0.05).withLoads(LOADS).withSeed(7);
        summary = AdventureWorksData.generate(options);
        System.out.print(summary.describe());
        data = new LoadedData(options.out(), LOADS);
    }

    @AfterAll
    static void close() throws Exception {
        data.close();
    }

    @Test
    void writesEveryTableInEveryLoadAndTheLoadTimesInOrder() throws Exception {
        for (int load = 1; load <= LOADS; load++) {
            for (String table : catalog.tables()) {
                assertThat(data.out.resolve(LoadWriter.folder(load)).resolve(table + ".parquet")).isRegularFile();
            }
        }
        assertThat(catalog.tables()).hasSize(68);
        List<String> lines = Files.readAllLines(data.out.resolve("loads.tsv"));
        assertThat(lines).containsExactly("load\tloaded_at", "load-01\t2014-01-25 00:00:00", "load-02\t2014-04-16 00:00:00",
                "load-03\t2014-07-01 00:00:00");
    }

    @Test
    void noRowIsModifiedAfterItsLoad() throws Exception {
        for (String table : catalog.tables()) {
            for (int load = 1; load <= LOADS; load++) {
                assertThat(data.count("SELECT count(*) FROM read_parquet(" + data.file(table, load) + ") WHERE modified_date > TIMESTAMP '"
                        + Timeline.format(summary.loadedAt().get(load - 1)) + "'")).as("%s in load %d", table, load).isZero();
            }
        }
    }

    @Test
    void everyFileHasTheColumnsAndTypesTheYamlDeclares() throws Exception {
        for (Source source : project.sources()) {
            for (Table table : source.tables()) {
                List<String> declared = new ArrayList<>();
                for (Column column : table.payload()) {
                    declared.add(column.name().value() + " " + column.type().sql());
                }
                assertThat(declared).noneMatch(c -> c.startsWith("_loaded_at"));
                for (int load = 1; load <= LOADS; load++) {
                    assertThat(data.schema(data.file(table.name().value(), load))).as("%s in load %d", table.name(), load)
                            .isEqualTo(declared);
                }
            }
        }
    }

    @Test
    void primaryKeysAreUniqueInEachLoad() throws Exception {
        for (String table : catalog.tables()) {
            String key = catalog.primaryKey(table).stream().map(Catalog::quoted).collect(Collectors.joining(", "));
            for (int load = 1; load <= LOADS; load++) {
                assertThat(data.count("SELECT count(*) FROM (SELECT " + key + " FROM read_parquet(" + data.file(table, load)
                        + ") GROUP BY ALL HAVING count(*) > 1)")).as("duplicate keys of %s in load %d", table, load).isZero();
            }
        }
    }

    @Test
    void declaredNotNullColumnsAreNeverNull() throws Exception {
        for (String table : catalog.tables()) {
            for (Catalog.Col column : catalog.columns(table)) {
                if (!column.nullable()) {
                    assertThat(data.count("SELECT count(*) FROM " + data.upTo(table, LOADS) + " WHERE " + Catalog.quoted(column.name())
                            + " IS NULL")).as("NULL in %s.%s", table, column.name()).isZero();
                }
            }
        }
    }

    @Test
    void everyForeignKeyFindsItsRowInTheSameOrAnEarlierLoad() throws Exception {
        assertThat(catalog.foreignKeys()).hasSize(90);
        long checked = 0;
        for (ForeignKey fk : catalog.foreignKeys()) {
            for (int load = 1; load <= LOADS; load++) {
                assertThat(data.unresolved(fk, load)).as("%s(%s) -> %s in load %d", fk.table(), fk.columns(), fk.referenced(), load)
                        .isZero();
            }
            checked += data.count("SELECT count(*) FROM " + data.upTo(fk.table(), LOADS) + " WHERE "
                    + fk.columns().stream().map(c -> Catalog.quoted(c) + " IS NOT NULL").collect(Collectors.joining(" AND ")));
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void laterLoadsInsertNewRowsUpdateSomeAndReloadSomeUnchanged() throws Exception {
        for (String table : List.of("sales_order_headers", "customers", "persons")) {
            String key = catalog.primaryKey(table).get(0);
            for (int load = 2; load <= LOADS; load++) {
                String now = "read_parquet(" + data.file(table, load) + ")";
                String before = data.upTo(table, load - 1);
                long inserted = data.count("SELECT count(*) FROM " + now + " n WHERE n." + key + " NOT IN (SELECT " + key + " FROM " + before + ")");
                long reloaded = data.count("SELECT count(*) FROM (SELECT * FROM " + now + " INTERSECT SELECT * FROM " + before + ")");
                long updated = data.count("SELECT count(*) FROM " + now + " n WHERE n." + key + " IN (SELECT " + key + " FROM " + before
                        + ") AND n.modified_date > (SELECT max(modified_date) FROM " + before + " b WHERE b." + key + " = n." + key + ")");
                assertThat(inserted).as("%s: new rows in load %d", table, load).isPositive();
                assertThat(reloaded).as("%s: unchanged rows in load %d", table, load).isPositive();
                assertThat(updated).as("%s: updated rows in load %d", table, load).isPositive();
            }
        }
        assertThat(data.count("SELECT count(*) FROM read_parquet(" + data.file("sales_order_headers", 2) + ") WHERE comment = 'changed in load 2'"))
                .isPositive();
    }

    @Test
    void orderTotalsDatesAndPricesAreConsistent() throws Exception {
        String headers = data.upTo("sales_order_headers", LOADS);
        String details = data.upTo("sales_order_details", LOADS);
        String products = data.upTo("products", LOADS);
        // Updates change neither totals nor lines' amounts, so any version of a row will do.
        assertThat(data.count("SELECT count(*) FROM " + headers + " h JOIN (SELECT sales_order_id, sum(t) AS s FROM "
                + "(SELECT sales_order_id, sales_order_detail_id, any_value(line_total) AS t FROM " + details + " GROUP BY ALL) "
                + "GROUP BY ALL) d USING (sales_order_id) WHERE abs(h.sub_total - d.s) > 0.01"))
                .as("headers whose subtotal is not the sum of their lines").isZero();
        assertThat(data.count("SELECT count(*) FROM " + headers + " WHERE abs(tax_amt - sub_total * 0.08) > 0.01 "
                + "OR abs(freight - sub_total * 0.025) > 0.01 OR abs(total_due - sub_total - tax_amt - freight) > 0.0001")).isZero();
        assertThat(data.count("SELECT count(*) FROM " + headers + " WHERE NOT (ship_date > order_date AND due_date > ship_date "
                + "AND order_date BETWEEN '2011-05-31' AND '2014-06-30')")).isZero();
        assertThat(data.count("SELECT count(*) FROM " + details + " WHERE abs(line_total - order_qty * unit_price * (1 - unit_price_discount)) > 0.000001"))
                .isZero();
        assertThat(data.count("SELECT count(*) FROM " + details + " d WHERE NOT EXISTS (SELECT 1 FROM " + products
                + " p WHERE p.product_id = d.product_id AND d.unit_price IN (p.list_price, round(p.list_price * 0.6, 4)))"))
                .as("lines priced off their product's list price").isZero();
        List<String> years = data.strings("SELECT year(order_date), count(*) FROM (SELECT DISTINCT sales_order_id, order_date FROM "
                + headers + ") GROUP BY ALL ORDER BY 1");
        long first = Long.parseLong(years.get(1).split(" ")[1]);
        long last = Long.parseLong(years.get(years.size() - 2).split(" ")[1]);
        assertThat(last).as("orders per year grow: %s", years).isGreaterThan(first);
        assertThat(data.count("SELECT max(n) FROM (SELECT count(DISTINCT sales_order_detail_id) AS n FROM " + details
                + " GROUP BY sales_order_id)")).isBetween(20L, 80L);
        assertThat(data.count("SELECT median(n) FROM (SELECT count(DISTINCT sales_order_detail_id) AS n FROM " + details
                + " GROUP BY sales_order_id)")).isBetween(1L, 2L);
    }

    @Test
    void sameOptionsWriteByteIdenticalFiles() throws Exception {
        GeneratorOptions options = GeneratorOptions.synthetic(LoadedData.project(), temp.resolve("a")).withScale(0.01).withLoads(2);
        AdventureWorksData.generate(options);
        AdventureWorksData.generate(options.withOut(temp.resolve("b")));
        Map<String, String> a = Digests.of(temp.resolve("a"));
        assertThat(a).hasSize(2 * 68 + 1);
        assertThat(Digests.of(temp.resolve("b"))).isEqualTo(a);
    }

    @Test
    void rejectsOptionsOutOfRange() {
        assertThatThrownBy(() -> AdventureWorksData.parse(new String[] {"--loads", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loads 0 is out of range: use 1 to 100");
        assertThatThrownBy(() -> AdventureWorksData.parse(new String[] {"--scale", "x"}))
                .hasMessage("option --scale needs a number, not 'x'");
        assertThatThrownBy(() -> AdventureWorksData.parse(new String[] {"--source", "fake"}))
                .hasMessage("unknown source 'fake': use synthetic or real");
        assertThatThrownBy(() -> AdventureWorksData.generate(new GeneratorOptions(LoadedData.project(), temp.resolve("x"),
                DataSource.REAL, 1, 2, 1, temp.resolve("nothing-here"))))
                .hasMessageContaining("lacks 68 of the 68 tables");
    }
}
