package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileMetadata;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Landed tables another engine changed in ways that listing their files would read wrong: a Delta
 * table with a deletion vector or column mapping, an Iceberg table with a position-delete file.
 * The lakehouse refuses to open them ({@code LH308}) rather than read rows that were deleted.
 */
class ForeignTablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelName COUNTRIES = new ModelName("das", "landed__geo__countries");

    @TempDir
    Path temp;

    private Lakehouse landedOnce(TableFormat format) {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lake = Lakehouse.open(temp.resolve("lake"), format);
        GeoLoads.land(lake.landing(fixture.generate()), 1);
        return lake;
    }

    @Test
    void aLandedDeltaTableAnotherEngineAppendedToIsReadAtItsNewVersionWhenTheLakehouseIsOpened() throws Exception {
        Lakehouse lake = landedOnce(TableFormat.DELTA);
        Path table = lake.directory().resolve("tables/das/landed__geo__countries");
        long rows = countries(lake);
        Lakehouse.open(lake.directory());
        assertThat(countries(lake)).as("opened again, nothing new").isEqualTo(rows);
        assertThat(Databases.rows(Databases.file(lake), "SELECT version FROM _hooklake.landed_views"
                + " WHERE relation = 'das.landed__geo__countries'")).containsExactly(String.valueOf(latestCommit(table)));

        // Another engine adds a copy of a data file (its rows twice): a new version of the table.
        String file = "copied-" + Path.of(DeltaReader.files(table).get(0)).getFileName();
        Files.copy(Path.of(DeltaReader.files(table).get(0)), table.resolve(file));
        ObjectNode add = JSON.createObjectNode().put("path", file).put("size", Files.size(table.resolve(file)))
                .put("modificationTime", 1L).put("dataChange", true);
        add.set("partitionValues", JSON.createObjectNode());
        commit(table, List.of(wrap("add", add)));
        Lakehouse.open(lake.directory());

        assertThat(countries(lake)).isEqualTo(rows + Databases.count(Databases.file(lake),
                "SELECT * FROM read_parquet('" + table.resolve(file) + "')"));
        assertThat(Databases.rows(Databases.file(lake), "SELECT version FROM _hooklake.landed_views"
                + " WHERE relation = 'das.landed__geo__countries'")).containsExactly(String.valueOf(latestCommit(table)));
    }

    private static long latestCommit(Path table) throws Exception {
        try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
            return log.filter(f -> f.toString().endsWith(".json")).count() - 1;
        }
    }

    private static long countries(Lakehouse lake) {
        return Databases.count(Databases.file(lake), "SELECT * FROM das.landed__geo__countries");
    }

    @Test
    void aDeltaTableWithADeletionVectorIsRefused() throws Exception {
        Lakehouse lake = landedOnce(TableFormat.DELTA);
        Path table = lake.directory().resolve("tables/das/landed__geo__countries");
        String file = Path.of(DeltaReader.files(table).get(0)).getFileName().toString();
        ObjectNode protocol = upgradedProtocol(table, "deletionVectors");
        ObjectNode dv = JSON.createObjectNode().put("storageType", "u").put("pathOrInlineDv", "ab^-aqEH.-t@S}K{vb[*k^")
                .put("offset", 1).put("sizeInBytes", 36).put("cardinality", 1);
        ObjectNode remove = JSON.createObjectNode().put("path", file).put("deletionTimestamp", 1L).put("dataChange", true);
        ObjectNode add = JSON.createObjectNode().put("path", file).put("size", Files.size(table.resolve(file)))
                .put("modificationTime", 1L).put("dataChange", true)
                .put("stats", "{\"numRecords\":2}");
        add.set("partitionValues", JSON.createObjectNode());
        add.set("deletionVector", dv);
        commit(table, List.of(wrap("protocol", protocol), wrap("remove", remove), wrap("add", add)));

        LakehouseException refused = catchThrowableOfType(LakehouseException.class,
                () -> Lakehouse.open(lake.directory(), TableFormat.DELTA));

        assertThat(refused.code()).isEqualTo(ErrorCode.FOREIGN_TABLE);
        assertThat(refused.getMessage()).contains("landed__geo__countries", "deletion vectors");
    }

    @Test
    void aDeltaTableWithColumnMappingIsRefused() throws Exception {
        Lakehouse lake = landedOnce(TableFormat.DELTA);
        Path table = lake.directory().resolve("tables/das/landed__geo__countries");
        ObjectNode protocol = upgradedProtocol(table, "columnMapping");
        ObjectNode metadata = (ObjectNode) actions(table).stream().filter(a -> a.has("metaData")).reduce((a, b) -> b)
                .orElseThrow().get("metaData");
        ((ObjectNode) metadata.get("configuration")).put("delta.columnMapping.mode", "name")
                .put("delta.columnMapping.maxColumnId", "3");
        ObjectNode schema = (ObjectNode) JSON.readTree(metadata.get("schemaString").asText());
        int id = 1;
        for (var field : schema.get("fields")) {
            ((ObjectNode) field.get("metadata")).put("delta.columnMapping.id", id)
                    .put("delta.columnMapping.physicalName", field.get("name").asText());
            id++;
        }
        metadata.put("schemaString", JSON.writeValueAsString(schema));
        commit(table, List.of(wrap("protocol", protocol), wrap("metaData", metadata)));

        LakehouseException refused = catchThrowableOfType(LakehouseException.class,
                () -> Lakehouse.open(lake.directory(), TableFormat.DELTA));

        assertThat(refused.code()).isEqualTo(ErrorCode.FOREIGN_TABLE);
        assertThat(refused.getMessage()).contains("landed__geo__countries", "column mapping");
    }

    @Test
    void anIcebergTableWithAPositionDeleteIsRefused() throws Exception {
        Lakehouse lake = landedOnce(TableFormat.ICEBERG);
        String dataFile = IcebergReader.files(lake.directory(), COUNTRIES).get(0);
        Path deletes = lake.directory().resolve("tables/das/landed__geo__countries/data/deletes-1.parquet");
        long size;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // Position deletes: file_path (field id 2147483546) and pos (2147483545), as the Iceberg spec defines them.
            try (ResultSet rs = s.executeQuery("COPY (SELECT 'file://" + dataFile + "' AS file_path, CAST(0 AS BIGINT) AS pos)"
                    + " TO '" + deletes + "' (FORMAT parquet, RETURN_STATS,"
                    + " FIELD_IDS {file_path: 2147483546, pos: 2147483545})")) {
                rs.next();
                size = rs.getLong("file_size_bytes");
            }
        }
        Table table = IcebergReader.table(lake.directory(), COUNTRIES);
        DeleteFile delete = FileMetadata.deleteFileBuilder(table.spec()).ofPositionDeletes()
                .withPath(deletes.toUri().toString()).withFileSizeInBytes(size).withRecordCount(1)
                .withFormat(FileFormat.PARQUET).build();
        table.newRowDelta().addDeletes(delete).commit();

        LakehouseException refused = catchThrowableOfType(LakehouseException.class,
                () -> Lakehouse.open(lake.directory(), TableFormat.ICEBERG));

        assertThat(refused.code()).isEqualTo(ErrorCode.FOREIGN_TABLE);
        assertThat(refused.getMessage()).contains("das.landed__geo__countries", "delete files");
    }

    private static ObjectNode upgradedProtocol(Path table, String feature) throws Exception {
        ObjectNode protocol = (ObjectNode) actions(table).stream().filter(a -> a.has("protocol")).reduce((a, b) -> b)
                .orElseThrow().get("protocol").deepCopy();
        protocol.put("minReaderVersion", 3).put("minWriterVersion", 7);
        for (String kind : List.of("readerFeatures", "writerFeatures")) {
            ArrayNode features = protocol.has(kind) ? (ArrayNode) protocol.get(kind) : protocol.putArray(kind);
            features.add(feature);
        }
        return protocol;
    }

    private static List<ObjectNode> actions(Path table) throws Exception {
        List<ObjectNode> actions = new ArrayList<>();
        try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
            for (Path file : log.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    actions.add((ObjectNode) JSON.readTree(line));
                }
            }
        }
        return actions;
    }

    private static ObjectNode wrap(String kind, ObjectNode action) {
        ObjectNode wrapped = JSON.createObjectNode();
        wrapped.set(kind, action);
        return wrapped;
    }

    /** Writes the next commit file of a Delta log by hand, as another engine would. */
    private static void commit(Path table, List<ObjectNode> actions) throws Exception {
        long next;
        try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
            next = log.filter(f -> f.toString().endsWith(".json")).count();
        }
        StringBuilder text = new StringBuilder();
        for (ObjectNode action : actions) {
            text.append(JSON.writeValueAsString(action)).append('\n');
        }
        Files.writeString(table.resolve("_delta_log").resolve(String.format("%020d.json", next)), text,
                StandardCharsets.UTF_8);
    }
}
