package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.contract.GeneratedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Landing files of each kind, and refusing input that does not fit, without landing anything. */
class IngestTest {

    @TempDir
    Path temp;

    Lakehouse lakehouse;
    Landing landing;

    @BeforeEach
    void open() {
        GeneratedProject geo = Fixture.copy("geo", temp).generate();
        lakehouse = Lakehouse.open(temp.resolve("lakehouse"));
        landing = lakehouse.landing(geo);
    }

    @Test
    void parquetCsvAndJsonLandWithTheLoadColumnAndTheDeclaredTypes() throws Exception {
        Path parquet = temp.resolve("countries.parquet");
        duckdb("COPY (SELECT * FROM (VALUES ('Netherlands', 'NL'), ('Belgium', 'BE')) AS v(name, country_code))"
                + " TO '" + parquet + "' (FORMAT parquet)");
        Path csv = Files.writeString(temp.resolve("states.csv"), "state_id,country_code,name\n1,NL,Utrecht\n2,BE,Antwerpen\n");
        Path json = Files.writeString(temp.resolve("addresses.jsonl"),
                "{\"address_id\": 10, \"state_id\": 1, \"city\": \"Utrecht\", \"primary\": true}\n");

        IngestResult countries = landing.ingest("geo", "countries", "2024-01-01 00:00:00", parquet);
        landing.ingest("geo", "states", "2024-01-01 00:00:00", csv);
        landing.ingest("geo", "addresses", "2024-01-01 00:00:00", json);

        assertThat(countries).isEqualTo(new IngestResult(countries.relation(), "2024-01-01 00:00:00", 2, false));
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT country_code || ' ' || name || ' ' || _loaded_at"
                + " FROM das.landed__geo__countries ORDER BY 1"))
                .containsExactly("BE Belgium 2024-01-01 00:00:00", "NL Netherlands 2024-01-01 00:00:00");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT typeof(state_id) || ' ' || name"
                + " FROM das.landed__geo__states ORDER BY state_id")).containsExactly("INTEGER Utrecht", "INTEGER Antwerpen");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT city || ' ' || \"primary\" FROM das.landed__geo__addresses"))
                .containsExactly("Utrecht true");
    }

    @Test
    void theSameLoadTwiceIsSkipped() throws Exception {
        Path csv = Files.writeString(temp.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        landing.ingest("geo", "countries", "2024-01-01 00:00:00", csv);

        IngestResult again = landing.ingest("geo", "countries", "2024-01-01 00:00:00", csv);

        assertThat(again.alreadyLanded()).isTrue();
        assertThat(again.rows()).isZero();
        assertThat(Databases.count(Databases.file(lakehouse), "SELECT * FROM das.landed__geo__countries")).isEqualTo(1);
    }

    @Test
    void aFolderOfTablesLandsEveryTableAsOneLoad() throws Exception {
        Path load = Files.createDirectories(temp.resolve("load-1"));
        Files.writeString(load.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        Path states = Files.createDirectories(load.resolve("states"));
        Files.writeString(states.resolve("part-1.csv"), "state_id,country_code,name\n1,NL,Utrecht\n");
        Files.writeString(states.resolve("part-2.csv"), "state_id,country_code,name\n2,NL,Zeeland\n");

        List<IngestResult> results = landing.ingestFolder("geo", "2024-01-01 00:00:00", load);

        assertThat(results).extracting(r -> r.relation().name() + "=" + r.rows())
                .containsExactly("landed__geo__countries=1", "landed__geo__states=2");
    }

    @Test
    void severalFoldersLandAsOneLoadEachInOrderAndALoadAlreadyLandedIsSkipped() throws Exception {
        Path first = Files.createDirectories(temp.resolve("load-1"));
        Files.writeString(first.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        Path second = Files.createDirectories(temp.resolve("load-2"));
        Files.writeString(second.resolve("countries.csv"), "country_code,name\nNL,Nederland\nBE,Belgium\n");
        Files.writeString(second.resolve("states.csv"), "state_id,country_code,name\n1,NL,Utrecht\n");
        landing.ingestFolder("geo", "2024-01-01 00:00:00", first);

        List<IngestResult> results = landing.ingestFolders("geo", List.of(
                new Landing.FolderLoad("2024-01-01 00:00:00", first), new Landing.FolderLoad("2024-02-01 00:00:00", second)));

        assertThat(results).extracting(r -> r.relation().name() + " " + r.load() + " " + r.rows() + " " + r.alreadyLanded())
                .containsExactly("landed__geo__countries 2024-01-01 00:00:00 0 true",
                        "landed__geo__countries 2024-02-01 00:00:00 2 false",
                        "landed__geo__states 2024-02-01 00:00:00 1 false");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT country_code || ' ' || name || ' ' || _loaded_at"
                + " FROM das.landed__geo__countries ORDER BY _loaded_at, 1"))
                .containsExactly("NL Netherlands 2024-01-01 00:00:00", "BE Belgium 2024-02-01 00:00:00",
                        "NL Nederland 2024-02-01 00:00:00");
    }

    @Test
    void badInputInAnyOfSeveralFoldersLandsNoLoad() throws Exception {
        Path earlier = Files.writeString(temp.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        landing.ingest("geo", "countries", "2023-12-01 00:00:00", earlier);
        Path first = Files.createDirectories(temp.resolve("load-1"));
        Files.writeString(first.resolve("countries.csv"), "country_code,name\nBE,Belgium\n");
        Path second = Files.createDirectories(temp.resolve("load-2"));
        Files.writeString(second.resolve("states.csv"), "state_id,country_code,name\nx,NL,Utrecht\n");

        assertThatThrownBy(() -> landing.ingestFolders("geo", List.of(new Landing.FolderLoad("2024-01-01 00:00:00", first),
                new Landing.FolderLoad("2024-02-01 00:00:00", second))))
                .isInstanceOf(LakehouseException.class)
                .hasMessageStartingWith("LH306: " + second.resolve("states.csv") + " does not fit das.landed__geo__states");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT country_code FROM das.landed__geo__countries"))
                .containsExactly("NL");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT relation || ' ' || load_value FROM _hooklake.loads"))
                .containsExactly("das.landed__geo__countries 2023-12-01 00:00:00");
    }

    @Test
    void aFolderLandsInOneTransactionSoATableThatFailsToLandLeavesTheOthersWithoutTheLoad() throws Exception {
        Path first = Files.createDirectories(temp.resolve("load-1"));
        Files.writeString(first.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        Files.writeString(first.resolve("states.csv"), "state_id,country_code,name\n1,NL,Utrecht\n");
        landing.ingestFolder("geo", "2024-01-01 00:00:00", first);
        // The states table no longer has the declared columns: the files pass the checks, landing them fails.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + Databases.file(lakehouse));
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE das.landed__geo__states DROP COLUMN name");
        }
        Path second = Files.createDirectories(temp.resolve("load-2"));
        Files.writeString(second.resolve("countries.csv"), "country_code,name\nBE,Belgium\n");
        Files.writeString(second.resolve("states.csv"), "state_id,country_code,name\n2,BE,Antwerpen\n");

        assertThatThrownBy(() -> landing.ingestFolder("geo", "2024-02-01 00:00:00", second))
                .isInstanceOf(LakehouseException.class)
                .hasMessageStartingWith("LH306: cannot land load 2024-02-01 00:00:00 of das.landed__geo__states: ");

        // countries, landed first in table name order, was rolled back with states.
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT country_code FROM das.landed__geo__countries"))
                .containsExactly("NL");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT relation || ' ' || load_value FROM _hooklake.loads"
                + " ORDER BY 1")).containsExactly("das.landed__geo__countries 2024-01-01 00:00:00",
                        "das.landed__geo__states 2024-01-01 00:00:00");
    }

    @Test
    void aFolderWithAnEntryNamingNoTableLandsNothing() throws Exception {
        Path first = Files.writeString(temp.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        landing.ingest("geo", "countries", "2024-01-01 00:00:00", first);
        Path load = Files.createDirectories(temp.resolve("load-2"));
        Files.writeString(load.resolve("countries.csv"), "country_code,name\nNL,Netherlands\n");
        Files.writeString(load.resolve("countrys.csv"), "country_code,name\nBE,Belgium\n");
        Files.writeString(load.resolve("countries.cvs"), "country_code,name\nBE,Belgium\n");
        Files.writeString(load.resolve(".hidden"), "ignored");

        assertThatThrownBy(() -> landing.ingestFolder("geo", "2024-02-01 00:00:00", load))
                .isInstanceOf(LakehouseException.class)
                .hasMessageStartingWith("LH306: " + load + " holds 2 entries naming no table of source geo:"
                        + " countries.cvs, countrys.csv; name each file");
        assertThat(Databases.count(Databases.file(lakehouse), "SELECT * FROM das.landed__geo__countries")).isEqualTo(1);
    }

    @Test
    void missingAndUndeclaredColumnsAreRefusedByName() throws Exception {
        Path csv = Files.writeString(temp.resolve("countries.csv"), "country_code,label\nNL,Netherlands\n");

        assertThatThrownBy(() -> landing.ingest("geo", "countries", "2024-01-01 00:00:00", csv))
                .isInstanceOf(LakehouseException.class)
                .hasMessageStartingWith("LH306: ")
                .hasMessageContaining("lacks declared column(s) name")
                .hasMessageContaining("has undeclared column(s) label");
    }

    @Test
    void aValueThatDoesNotConvertLandsNothing() throws Exception {
        Path csv = Files.writeString(temp.resolve("states.csv"), "state_id,country_code,name\n1,NL,Utrecht\nx,NL,Zeeland\n");

        assertThatThrownBy(() -> landing.ingest("geo", "states", "2024-01-01 00:00:00", csv))
                .isInstanceOf(LakehouseException.class)
                .hasMessageStartingWith("LH306: ")
                .hasMessageContaining("Could not convert string 'x'");
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT relation || load_value FROM _hooklake.loads")).isEmpty();
    }

    @Test
    void missingInputAndUnknownKindsAreRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("countries.txt"), "NL");

        assertThatThrownBy(() -> landing.ingest("geo", "countries", "2024-01-01", temp.resolve("absent.csv")))
                .hasMessageStartingWith("LH306: ").hasMessageContaining("no such file or folder");
        assertThatThrownBy(() -> landing.ingest("geo", "countries", "2024-01-01", text))
                .hasMessageStartingWith("LH306: ").hasMessageContaining("not a .parquet");
        assertThatThrownBy(() -> landing.ingest("geo", "nations", "2024-01-01", text))
                .hasMessageStartingWith("LH309: ");
    }

    private void duckdb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
