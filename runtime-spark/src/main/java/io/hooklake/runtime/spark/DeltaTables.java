package io.hooklake.runtime.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hooklake.generator.ModelName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;

/**
 * The lakehouse's Delta tables as Spark sees them: each registered in Spark's session catalog
 * under its relation name, with its folder as its location (an external table).
 */
final class DeltaTables extends SparkTables {

    private static final Pattern COMMIT_FILE = Pattern.compile("\\d{20}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    DeltaTables(Path directory, Catalog catalog) {
        super(directory, catalog);
    }

    /** The table's location as Spark SQL: a quoted {@code file:} URI. */
    String locationLiteral(ModelName table) {
        return sql.literal(location(table).toUri().toString());
    }

    /** The table's path form, {@code delta.`file:/...`}, for statements that name a Delta table by its place. */
    String pathRelation(ModelName table) {
        return "delta." + sql.quoted(location(table).toUri().toString());
    }

    @Override
    String storedAs(ModelName table) {
        return "USING delta LOCATION " + locationLiteral(table);
    }

    @Override
    boolean exists(ModelName table) {
        return Files.isDirectory(log(table));
    }

    private Path log(ModelName table) {
        return location(table).resolve("_delta_log");
    }

    /**
     * The highest commit file in the table's {@code _delta_log/} (the newest commit file is always
     * there; only older ones are cleaned up), read from the files rather than with a Spark
     * statement, which costs a planned job.
     */
    @Override
    OptionalLong version(ModelName table) {
        if (!exists(table)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.list(log(table))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> COMMIT_FILE.matcher(f).matches())
                    .mapToLong(f -> Long.parseLong(f.substring(0, f.indexOf('.')))).max();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Delta recorded them in the commit's {@code commitInfo.operationMetrics.numOutputRows}. */
    @Override
    OptionalLong rowsWritten(ModelName table, long version) {
        Path commit = log(table).resolve(String.format(Locale.ROOT, "%020d.json", version));
        try (BufferedReader lines = Files.newBufferedReader(commit)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode rows = JSON.readTree(line).path("commitInfo").path("operationMetrics").path("numOutputRows");
                if (rows.isTextual() || rows.isNumber()) {
                    return OptionalLong.of(Long.parseLong(rows.asText()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    String relationAt(ModelName table, long version) {
        return pathRelation(table) + " VERSION AS OF " + version;
    }

    @Override
    void restore(SparkSession spark, ModelName table, long version) {
        spark.sql("RESTORE TABLE " + pathRelation(table) + " TO VERSION AS OF " + version).collectAsList();
    }

    /** Every Delta table in the lakehouse folder, by schema and name. */
    @Override
    List<ModelName> toRegister() {
        List<ModelName> found = new ArrayList<>();
        if (!Files.isDirectory(tablesDirectory())) {
            return found;
        }
        try (Stream<Path> schemas = Files.list(tablesDirectory())) {
            for (Path schema : schemas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> tables = Files.list(schema)) {
                    for (Path table : tables.filter(t -> Files.isDirectory(t.resolve("_delta_log"))).sorted().toList()) {
                        found.add(new ModelName(schema.getFileName().toString(), table.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Drops what Delta Lake keeps in memory of the lakehouse's tables (each table's log, with its
     * latest snapshot and the cached state behind it: a few MB each, kept for an hour otherwise).
     * The next access reads the log again.
     */
    @Override
    void forgetCachedLogs(SparkSession spark) {
        for (ModelName table : toRegister()) {
            DeltaLog.invalidateCache(spark, new org.apache.hadoop.fs.Path(location(table).toUri()));
        }
    }

    @Override
    void register(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            if (catalog.registered.add(table)) {
                spark.sql("CREATE DATABASE IF NOT EXISTS " + sql.identifier(table.schema()));
                spark.sql("CREATE TABLE IF NOT EXISTS " + relation(table) + " " + storedAs(table));
            }
        }
    }

    @Override
    void unregister(SparkSession spark, ModelName table) {
        synchronized (catalog) {
            spark.sql("DROP TABLE IF EXISTS " + relation(table));
            catalog.registered.remove(table);
        }
    }
}
