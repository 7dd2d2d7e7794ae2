package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delta Kernel writes a Parquet checkpoint every ten commits; the table still reads whole, here and in Kernel's own engine. */
class DeltaCheckpointTest {

    @TempDir
    Path temp;

    @Test
    void aTableWithACheckpointReadsEveryLoad() {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lake = Lakehouse.open(temp.resolve("lake"), TableFormat.DELTA);
        Landing landing = lake.landing(fixture.generate());
        for (int day = 1; day <= 12; day++) {
            landing.append("geo", "countries", String.format("2024-01-%02d 00:00:00", day),
                    "SELECT * FROM (VALUES ('NL', 'Netherlands " + day + "')) AS v(country_code, name)");
        }
        Path table = lake.directory().resolve("tables/das/landed__geo__countries");

        Lakehouse reopened = Lakehouse.open(lake.directory(), TableFormat.DELTA);

        assertThat(table.resolve("_delta_log/00000000000000000010.checkpoint.parquet")).exists();
        assertThat(Databases.rows(Databases.file(reopened), "SELECT count(DISTINCT name) FROM das.landed__geo__countries"))
                .containsExactly("12");
        assertThat(DeltaReader.files(table)).hasSize(12).allMatch(f -> Files.exists(Path.of(f)));
    }
}
