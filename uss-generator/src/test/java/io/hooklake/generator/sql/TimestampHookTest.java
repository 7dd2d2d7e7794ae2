package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.model.Project;
import io.hooklake.model.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timestamps in hooks are written with six fraction digits, as docs/models.md says: a TIMESTAMP
 * business key as it is, a TIMESTAMP WITH TIME ZONE one in UTC whatever the session's time zone,
 * and a declared grain of timestamps likewise; a date stays {@code yyyy-mm-dd}.
 */
class TimestampHookTest {

    private static final String YAML = """
            project:
              name: clock
              point_in_time_hooks: like_hooks
            sources:
              - name: lab
                load_column: _loaded_at
                tables:
                  - name: readings
                    columns:
                      - {name: taken_at, type: TIMESTAMP}
                      - {name: sent_at, type: TIMESTAMPTZ}
                      - {name: day, type: DATE}
                      - {name: _loaded_at, type: TIMESTAMP, nullable: false}
                  - name: samples
                    columns:
                      - {name: taken_at, type: TIMESTAMP}
                      - {name: value, type: INTEGER}
                      - {name: _loaded_at, type: TIMESTAMP, nullable: false}
            concepts:
              - name: reading
              - name: moment
              - name: day
            keysets:
              - {concept: reading, source: lab}
              - {concept: moment, source: lab}
              - {concept: day, source: lab}
            frames:
              - table: readings
                prefix: reading
                hooks:
                  - {keyset: reading__lab, business_key: taken_at, primary: true}
                  - {keyset: moment__lab, business_key: sent_at}
                  - {keyset: day__lab, business_key: day}
              - table: samples
                prefix: sample
                grain: [taken_at]
                hooks: []
            """;

    @Test
    void timestampKeysHaveSixFractionDigitsAndTimeZonedOnesAreInUtc(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lakehouse.yml"), YAML);
        Project project = ProjectLoader.load(dir);
        String load = "TIMESTAMP '2024-05-01 00:00:00'";
        try (BuiltLakehouse built = BuiltLakehouse.of(project, lake -> {
            lake.execute("SET TimeZone = 'America/New_York'");
            lake.land("readings", load, "TIMESTAMP '2024-01-02 03:04:05', TIMESTAMPTZ '2024-01-02 03:04:05+00',"
                    + " DATE '2024-01-02'", "TIMESTAMP '2024-01-02 03:04:05.12', NULL, NULL");
            lake.land("samples", load, "TIMESTAMP '2024-01-02 03:04:05.5', 1");
        })) {
            assertThat(built.lake().rows("SELECT _hook__reading AS r, _hook__moment AS m, _hook__day AS d FROM "
                    + "dab.frame__lab__readings ORDER BY r")).extracting(r -> r.get("r"), r -> r.get("m"), r -> r.get("d"))
                    .containsExactly(
                            tuple("reading__lab|2024-01-02 03:04:05.000000", "moment__lab|2024-01-02 03:04:05.000000",
                                    "day__lab|2024-01-02"),
                            tuple("reading__lab|2024-01-02 03:04:05.120000", null, null));
            assertThat((String) built.lake().value("SELECT _pit_hook__sample FROM dab.frame__lab__samples"))
                    .endsWith("|2024-01-02 03:04:05.500000~epoch__valid_from|1970-01-01 00:00:00.000000");
        }
    }
}
