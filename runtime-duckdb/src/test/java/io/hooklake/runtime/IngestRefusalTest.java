package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Input that does not fit is refused whole, in every table format: a folder with one bad file
 * lands none of its files, a value that a cast would change (a fraction into an integer, digits
 * beyond a decimal's scale, a time of day into a date) is refused with its column, row and value,
 * and a CSV value whose quote never closes is located at its line; appending several tables at once,
 * one table that fails lands none. Nothing is landed: no load recorded, no table file written.
 */
@Timeout(300)
class IngestRefusalTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void badInputLandsNothingAndSaysWhereItIs(TableFormat format) throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        Path directory = temp.resolve("lake");
        Lakehouse lakehouse = Lakehouse.open(directory, format);
        Landing landing = lakehouse.landing(fixture.generate());
        landing.ingest("geo", "countries", "2024-01-01 00:00:00",
                Files.writeString(temp.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n"));
        Map<String, String> before = tableFiles(directory);

        Path folder = Files.createDirectories(temp.resolve("load-2"));
        Files.writeString(folder.resolve("countries.csv"), "country_code,name\nBE,Belgium\n");
        Files.writeString(folder.resolve("states.csv"), "state_id,country_code,name\n1,NL,Utrecht\nx,BE,Antwerp\n");
        assertThat(refused(() -> landing.ingestFolder("geo", "2024-02-01 00:00:00", folder)))
                .startsWith("LH306: " + folder.resolve("states.csv") + " does not fit das.landed__geo__states: a value"
                        + " does not convert to its declared type: ")
                .contains("'x'");

        Path fractions = Files.writeString(temp.resolve("states.csv"),
                "state_id,country_code,name\n1,NL,Utrecht\n2.5,BE,Antwerp\n3.25,BE,Limburg\n");
        assertThat(refused(() -> landing.ingest("geo", "states", "2024-02-01 00:00:00", fractions)))
                .isEqualTo("LH306: " + fractions + " does not fit das.landed__geo__states without changing values:"
                        + " column state_id (DOUBLE in the file, declared INTEGER): 2 values would change, the first"
                        + " in row 2: 2.5. Declare a type that holds them (DECIMAL with enough scale, DOUBLE, TIMESTAMP)"
                        + " or fix the file; nothing was landed");

        Path orders = Files.writeString(temp.resolve("orders.csv"), """
                order_id,bill_to_address_id,ship_to_address_id,order_date,ship_date,status,amount
                1,1,1,2024-01-01,2024-01-02,shipped,10.50
                2,1,1,2024-01-01 13:30:00,2024-01-02,shipped,12.345
                """);
        assertThat(refused(() -> landing.ingest("geo", "orders", "2024-02-01 00:00:00", orders)))
                .contains("column order_date (VARCHAR in the file, declared DATE): 1 value would change, the first"
                        + " in row 2: 2024-01-01 13:30:00")
                .contains("column amount (DOUBLE in the file, declared DECIMAL(10,2)): 1 value would change, the"
                        + " first in row 2: 12.345");

        Path quote = Files.writeString(temp.resolve("broken.csv"), "country_code,name\nDE,\"Germany\nFR,France\n");
        assertThat(refused(() -> landing.ingest("geo", "countries", "2024-02-01 00:00:00", quote)))
                .startsWith("LH306: cannot read " + quote + ": " + quote + ":2: a quoted value opened on this line"
                        + " is never closed (a \" is missing)");

        Map<String, String> appends = new LinkedHashMap<>();
        appends.put("countries", "SELECT 'BE' AS country_code, 'Belgium' AS name");
        appends.put("states", "SELECT 'x' AS state_id, 'BE' AS country_code, 'Antwerpen' AS name");
        assertThat(refused(() -> landing.appendAll("geo", "2024-02-01 00:00:00", appends)))
                .startsWith("LH306: cannot land load 2024-02-01 00:00:00 of das.landed__geo__states: ")
                .contains("'x'");

        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT relation || ' ' || load_value FROM _hooklake.loads"))
                .containsExactly("das.landed__geo__countries 2024-01-01 00:00:00");
        assertThat(tableFiles(directory)).isEqualTo(before);
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT country_code FROM das.landed__geo__countries"))
                .containsExactly("NL");
    }

    private static String refused(Runnable ingest) {
        LakehouseException failure = catchThrowableOfType(LakehouseException.class, ingest::run);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INGEST_INPUT);
        return failure.getMessage();
    }

    /** The files of the lakehouse's tables, the database itself aside (opening it may checkpoint it). */
    private static Map<String, String> tableFiles(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>(QuerySandboxTest.files(directory));
        files.keySet().removeIf(name -> name.startsWith(Databases.DATABASE_FILE));
        return files;
    }
}
