package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.ModelName;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each table format against DuckDB's own tables (built once for the class): the geo fixture in
 * four loads, run after each; every table model read back by the format's own reader equals the
 * DuckDB lakehouse's table, and a run with nothing new commits no version.
 */
class FormatRoundTripTest {

    private static final int LOADS = 4;

    /** DuckDB's own tables after each load, digested: built once for the three formats. */
    private static final List<Map<String, String>> DUCKDB_AFTER_LOAD = new ArrayList<>();
    private static List<String> duckDbSchema;

    @TempDir
    Path temp;

    @BeforeAll
    static void duckDbReference(@TempDir Path reference) throws Exception {
        GeneratedProject generated = Fixture.copy("geo", reference).generate();
        Lakehouse duck = Lakehouse.open(reference.resolve("duck"));
        List<ModelName> tables = Fixture.tables(generated);
        for (int load = 1; load <= LOADS; load++) {
            GeoLoads.land(duck.landing(generated), load);
            duck.run(generated);
            Map<String, String> digests = new TreeMap<>();
            try (Databases.Reader reader = new Databases.Reader(Databases.file(duck))) {
                for (ModelName table : tables) {
                    digests.put(table.qualified(), reader.rows(IndependentReader.digestSql(
                            "\"" + table.schema() + "\".\"" + table.name() + "\"")).get(0));
                }
            }
            DUCKDB_AFTER_LOAD.add(digests);
        }
        duckDbSchema = Databases.rows(Databases.file(duck), "SELECT column_name || ' ' || data_type FROM"
                + " information_schema.columns WHERE table_schema = '" + tables.get(0).schema()
                + "' AND table_name = '" + tables.get(0).name() + "' ORDER BY ordinal_position");
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"PARQUET", "DELTA", "ICEBERG"})
    void fourLoadsAndRunsEqualDuckDbTablesAndAnIdleRunCommitsNothing(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lake = Lakehouse.open(temp.resolve(format.configName()), format);
        List<ModelName> tables = Fixture.tables(generated);

        for (int load = 1; load <= LOADS; load++) {
            GeoLoads.land(lake.landing(generated), load);
            lake.run(generated);
            assertThat(IndependentReader.digests(format, lake.directory(), tables)).as("after load %d", load)
                    .isEqualTo(DUCKDB_AFTER_LOAD.get(load - 1));
        }
        assertThat(IndependentReader.schema(format, lake.directory(), tables.get(0))).isEqualTo(duckDbSchema);

        Map<String, Long> before = versions(format, lake, tables);
        RunResult idle = lake.run(generated);
        Lakehouse reopened = Lakehouse.open(lake.directory(), format);
        reopened.run(generated);

        assertThat(idle.models()).isEmpty();
        assertThat(versions(format, reopened, tables)).isEqualTo(before);
    }

    static Map<String, Long> versions(TableFormat format, Lakehouse lake, List<ModelName> tables) throws SQLException {
        TableLog files = FileTableStorage.log(format, lake.directory());
        Map<String, Long> versions = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + Databases.file(lake))) {
            for (ModelName table : tables) {
                versions.put(table.qualified(), files.current(c, new TableId(table.schema(), table.name()))
                        .map(TableSnapshot::version).orElse(-1L));
            }
        }
        return versions;
    }
}
