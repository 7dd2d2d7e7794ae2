package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.duckdb.SqlNames;
import io.hooklake.runtime.duckdb.storage.ColumnSpec;
import io.hooklake.runtime.duckdb.storage.FileTableStorage;
import io.hooklake.runtime.duckdb.storage.TableId;
import io.hooklake.runtime.duckdb.storage.TableLog;
import io.hooklake.runtime.duckdb.storage.TableLog.WriteMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented type mapping, written and read back in each format; and the format fixed per lakehouse. */
class TableFormatTypesTest {

    private static final ModelName TYPES = new ModelName("dab", "types");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"PARQUET", "DELTA", "ICEBERG"})
    void typesWithoutAnEqualInTheFormatsAreStoredAsDocumented(TableFormat format) throws Exception {
        Lakehouse lake = Lakehouse.open(temp.resolve("lake"), format);
        FileTableStorage storage = FileTableStorage.of(new SqlNames(), format, lake.directory());
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + Databases.file(lake))) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("CREATE SCHEMA dab");
            }
            storage.write(c, TYPES, "SELECT CAST('12345678901234567890123456789012345678' AS HUGEINT) AS h,"
                    + " CAST(255 AS UTINYINT) AS u8, CAST(18446744073709551615 AS UBIGINT) AS u64,"
                    + " CAST(7 AS SMALLINT) AS i16, CAST('b0b0b0b0-0000-4000-8000-000000000001' AS UUID) AS id,"
                    + " CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP_NS) AS ns,"
                    + " CAST('2024-01-02 03:04:05+00' AS TIMESTAMPTZ) AS tz, CAST('12:30:00' AS TIME) AS t,"
                    + " CAST(1.5 AS DECIMAL(10,2)) AS d, CAST('ab' AS BLOB) AS b", WriteMode.OVERWRITE, Map.of());
            storage.beforeCommit(c);
            c.commit();
            storage.afterCommit(c);
            c.setAutoCommit(true);
        }
        String time = format == TableFormat.PARQUET ? "TIME" : "VARCHAR";
        String smallint = format == TableFormat.ICEBERG ? "INTEGER" : "SMALLINT";

        assertThat(IndependentReader.schema(format, lake.directory(), TYPES)).containsExactly("h DECIMAL(38,0)",
                "u8 SMALLINT", "u64 DECIMAL(20,0)", "i16 " + smallint, "id VARCHAR", "ns TIMESTAMP",
                "tz TIMESTAMP WITH TIME ZONE", "t " + time, "d DECIMAL(10,2)", "b BLOB");
        assertThat(Databases.rows(Databases.file(lake), "SELECT concat_ws(' ', h, u8, u64, i16, id, ns, t, d, b)"
                + " FROM dab.types")).containsExactly("12345678901234567890123456789012345678 255 18446744073709551615 7"
                        + " b0b0b0b0-0000-4000-8000-000000000001 2024-01-02 03:04:05.123457 12:30:00 1.50 ab");
        assertThat(Databases.rows(Databases.file(lake), "SELECT CAST(epoch(tz) AS BIGINT) FROM dab.types")).containsExactly("1704164645");
    }

    /** An Iceberg table landed when Iceberg kept TIME columns as time keeps them: appending text would change its columns. */
    @Test
    void anIcebergTimeColumnWrittenBeforeTimeWasStoredAsTextKeepsItsTypeOnAppend() throws Exception {
        Lakehouse lake = Lakehouse.open(temp.resolve("lake"), TableFormat.ICEBERG);
        FileTableStorage storage = FileTableStorage.of(new SqlNames(), TableFormat.ICEBERG, lake.directory());
        TableLog log = FileTableStorage.log(TableFormat.ICEBERG, lake.directory());
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + Databases.file(lake))) {
            try (var s = c.createStatement()) {
                s.execute("CREATE SCHEMA das");
            }
            log.prepare(c, new TableId("das", "shifts"), List.of(new ColumnSpec("name", "VARCHAR"),
                    new ColumnSpec("starts", "TIME")), WriteMode.OVERWRITE).commit(List.of(), Map.of());
            c.setAutoCommit(false);
            storage.write(c, new ModelName("das", "shifts"), "SELECT 'day' AS name, CAST('07:00:00' AS TIME) AS starts",
                    WriteMode.APPEND, Map.of());
            storage.beforeCommit(c);
            c.commit();
            storage.afterCommit(c);
            c.setAutoCommit(true);
        }

        assertThat(IndependentReader.schema(TableFormat.ICEBERG, lake.directory(), new ModelName("das", "shifts")))
                .containsExactly("name VARCHAR", "starts TIME");
        assertThat(Databases.rows(Databases.file(lake), "SELECT name || ' ' || starts FROM das.shifts"))
                .containsExactly("day 07:00:00");
    }

    @Test
    void aLakehouseKeepsTheFormatItWasCreatedWithAndOpensInItWhenNoneIsGiven() throws Exception {
        Path dir = temp.resolve("lake");
        assertThat(Lakehouse.recordedFormat(dir)).isEmpty();
        Lakehouse created = Lakehouse.open(dir, TableFormat.ICEBERG);
        Fixture fixture = Fixture.copy("geo", temp);
        GeoLoads.land(created.landing(fixture.generate()), 1);

        LakehouseException refused = catchThrowableOfType(LakehouseException.class,
                () -> Lakehouse.open(dir, TableFormat.DELTA));
        Lakehouse reopened = Lakehouse.open(dir);

        assertThat(refused.code()).isEqualTo(ErrorCode.FORMAT_MISMATCH);
        assertThat(refused.getMessage()).contains("keeps its tables in iceberg, not delta", "lakehouse.format=iceberg");
        assertThat(Lakehouse.recordedFormat(dir)).contains(TableFormat.ICEBERG);
        assertThat(reopened.format()).isEqualTo(TableFormat.ICEBERG);
        reopened.run(fixture.generate());
        ModelName countries = new ModelName("dab", "frame__geo__countries");
        long rows = reopened.state().get(countries).rowCount();
        assertThat(rows).isPositive();
        assertThat(IndependentReader.digest(TableFormat.ICEBERG, dir, countries)).startsWith(rows + " ");
        assertThat(Lakehouse.open(dir, TableFormat.fromName("ICEBERG")).format()).isEqualTo(TableFormat.ICEBERG);
        assertThat(List.of(TableFormat.values())).extracting(TableFormat::configName)
                .containsExactly("duckdb", "parquet", "delta", "iceberg");
    }
}
