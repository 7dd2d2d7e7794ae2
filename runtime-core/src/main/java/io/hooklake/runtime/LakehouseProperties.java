package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * {@value Lakehouse#PROPERTIES_FILE}: the table format of a lakehouse folder and the engine that
 * runs it, recorded when it is created.
 */
final class LakehouseProperties {

    /** The file a lakehouse made before formats were recorded holds; its tables are DuckDB's. */
    private static final String LEGACY_DATABASE_FILE = "lakehouse.duckdb";

    private LakehouseProperties() {
    }

    /**
     * The format the lakehouse folder {@code lakehouse} was created with; empty when it holds no
     * lakehouse yet.
     */
    static Optional<TableFormat> recorded(Path lakehouse) {
        Optional<Properties> properties = read(lakehouse);
        if (properties.isPresent()) {
            return Optional.of(TableFormat.fromName(properties.get().getProperty("format", "duckdb")));
        }
        // A lakehouse made before formats were recorded keeps DuckDB tables.
        return Files.exists(lakehouse.resolve(LEGACY_DATABASE_FILE)) ? Optional.of(TableFormat.DUCKDB) : Optional.empty();
    }

    /**
     * The engine that runs the lakehouse folder {@code lakehouse} ({@code duckdb} for one made before
     * engines were recorded); empty when it holds no lakehouse yet.
     */
    static Optional<String> recordedEngine(Path lakehouse) {
        Optional<Properties> properties = read(lakehouse);
        if (properties.isPresent()) {
            return Optional.of(properties.get().getProperty("engine", "duckdb"));
        }
        return Files.exists(lakehouse.resolve(LEGACY_DATABASE_FILE)) ? Optional.of("duckdb") : Optional.empty();
    }

    private static Optional<Properties> read(Path lakehouse) {
        Path file = lakehouse.resolve(Lakehouse.PROPERTIES_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(properties);
    }

    /**
     * Records {@code format} and {@code engine} in a new lakehouse, or checks the format against the
     * recorded one (the engine is checked by the work that writes, {@link Lakehouse}).
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} when the lakehouse keeps its tables in another format
     */
    static void record(Path lakehouse, TableFormat format, String engine) {
        Optional<TableFormat> recorded = recorded(lakehouse);
        if (recorded.isPresent()) {
            refuseOther(lakehouse, recorded.get(), format);
            if (Files.exists(lakehouse.resolve(Lakehouse.PROPERTIES_FILE))) {
                return;
            }
        }
        Path file = lakehouse.resolve(Lakehouse.PROPERTIES_FILE);
        Properties properties = new Properties();
        try {
            properties.setProperty("format", format.configName());
            properties.setProperty("engine", engine);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Hooklake lakehouse: how its tables are kept and which engine runs it; fixed when it was created");
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    static void refuseOther(Path lakehouse, TableFormat recorded, TableFormat asked) {
        if (recorded != asked) {
            throw new LakehouseException(ErrorCode.FORMAT_MISMATCH, "the lakehouse at " + lakehouse + " keeps its tables in "
                    + recorded.configName() + ", not " + asked.configName() + "; open it with table format "
                    + recorded.configName() + " (lakehouse.format=" + recorded.configName()
                    + "), or use another folder for " + asked.configName() + " tables");
        }
    }
}
