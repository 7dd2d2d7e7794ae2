package io.hooklake.generator;

import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small hand-written models for unit tests. */
public final class TestModels {

    private TestModels() {
    }

    /** {@code "dab.frame__x"} as a {@link ModelName}. */
    public static ModelName name(String qualified) {
        int dot = qualified.indexOf('.');
        return new ModelName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** A view model that reads exactly {@code upstream}, with SQL joining them. */
    public static Model model(String qualified, String... upstream) {
        return withSql(qualified, sqlReading(upstream), upstream);
    }

    /** A model with the given SQL and declared upstream. */
    public static Model withSql(String qualified, String sql, String... upstream) {
        return new Model(name(qualified), ModelKind.FRAME, Materialization.VIEW,
                Arrays.stream(upstream).map(TestModels::name).sorted().toList(),
                List.of(new ModelColumn("id", "INTEGER", "the id")), List.of("id"), sql, List.of(),
                Optional.of(new Location(Path.of("frames.yml"), 3, 5)));
    }

    /** {@code SELECT 1 AS id FROM a CROSS JOIN b ...}, or a FROM-less select without upstream. */
    public static String sqlReading(String... tables) {
        if (tables.length == 0) {
            return "SELECT 1 AS id\n";
        }
        return "SELECT 1 AS id\nFROM " + String.join("\nCROSS JOIN ", tables) + "\n";
    }
}
