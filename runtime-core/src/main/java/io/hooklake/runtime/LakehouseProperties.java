package io.hooklake.runtime;

import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** {@value Lakehouse#PROPERTIES_FILE}: the table format of a lakehouse folder, recorded when it is created. */
final class LakehouseProperties {

    /** The file a lakehouse made before formats were recorded holds; its tables are DuckDB's. */
    private static final String LEGACY_DATABASE_FILE = "lakehouse.duckdb";

    private LakehouseProperties() {
    }

    /**
     * Records {@code format} in a new lakehouse, or checks it against the recorded one.
     *
     * @throws LakehouseException {@link ErrorCode#FORMAT_MISMATCH} when the lakehouse keeps its tables in another format
     */
    static void record(Path lakehouse, TableFormat format) {
        Path file = lakehouse.resolve(Lakehouse.PROPERTIES_FILE);
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                TableFormat recorded = TableFormat.fromName(properties.getProperty("format", "duckdb"));
                refuseOther(lakehouse, recorded, format);
                return;
            }
            if (Files.exists(lakehouse.resolve(LEGACY_DATABASE_FILE))) {
                // A lakehouse made before formats were recorded keeps DuckDB tables.
                refuseOther(lakehouse, TableFormat.DUCKDB, format);
            }
            properties.setProperty("format", format.configName());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Hooklake lakehouse: how its tables are kept; fixed when it was created");
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.LAKEHOUSE_IO, "cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void refuseOther(Path lakehouse, TableFormat recorded, TableFormat asked) {
        if (recorded != asked) {
            throw new LakehouseException(ErrorCode.FORMAT_MISMATCH, "the lakehouse at " + lakehouse + " keeps its tables in "
                    + recorded.configName() + ", not " + asked.configName() + "; open it with table format "
                    + recorded.configName() + " (lakehouse.format=" + recorded.configName()
                    + "), or use another folder for " + asked.configName() + " tables");
        }
    }
}
