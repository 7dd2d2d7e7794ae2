package io.hooklake.generator.output;

import static io.hooklake.generator.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestRendererTest {

    @Test
    void listsModelsUpstreamFirstWithTheirStatementFilesExternalSourcesAndDiagnosticsInAFixedShape() {
        ModelGraph graph = ModelGraph.of(List.of(model("dab.frame__a", "das.raw__a"), model("das.raw__a", "das.landed__a")),
                ExternalSourcePolicy.namePrefix("landed__"));
        Map<ModelName, Fingerprint> fingerprints = new LinkedHashMap<>();
        fingerprints.put(new ModelName("das", "raw__a"), new Fingerprint("a".repeat(64)));
        fingerprints.put(new ModelName("dab", "frame__a"), new Fingerprint("b".repeat(64)));
        Map<ModelName, Fingerprint> own = new LinkedHashMap<>();
        own.put(new ModelName("das", "raw__a"), new Fingerprint("c".repeat(64)));
        own.put(new ModelName("dab", "frame__a"), new Fingerprint("d".repeat(64)));
        Map<String, GeneratedFile> files = new LinkedHashMap<>();
        for (Model m : graph.topologicalOrder()) {
            GeneratedFile file = new ModelFileRenderer().render(m, fingerprints.get(m.name()));
            files.put(file.path(), file);
        }
        Diagnostic warning = Diagnostic.warning(ErrorCode.UNUSED_KEYSET, new Location(Path.of("frames.yml"), 2, 7), "not cascaded")
                .withHint("a self-reference");

        String json = new ManifestRenderer().render(new ManifestRenderer.Contents("demo", "duckdb", null,
                graph.topologicalOrder(), fingerprints, own, List.of(), List.copyOf(graph.externalSources()), files,
                List.of(warning))).content();

        String rawChecksum = files.get("models/das/raw__a.sql").sha256();
        String frameChecksum = files.get("models/dab/frame__a.sql").sha256();
        assertThat(json).isEqualTo("""
                {
                  "format" : 2,
                  "project" : "demo",
                  "dialect" : "duckdb",
                  "dataChecks" : "warn",
                  "models" : [
                    {
                      "qualifiedName" : "das.raw__a",
                      "name" : "raw__a",
                      "schema" : "das",
                      "kind" : "frame",
                      "materialization" : "view",
                      "columns" : [
                        {
                          "name" : "id",
                          "type" : "INTEGER",
                          "description" : "the id"
                        }
                      ],
                      "grain" : [
                        "id"
                      ],
                      "upstream" : [
                        "das.landed__a"
                      ],
                      "fingerprint" : "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                      "ownFingerprint" : "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
                      "templates" : [ ],
                      "origin" : "frames.yml:3:5",
                      "statement" : {
                        "file" : "models/das/raw__a.sql",
                        "firstLine" : 8,
                        "checksum" : "RAW"
                      }
                    },
                    {
                      "qualifiedName" : "dab.frame__a",
                      "name" : "frame__a",
                      "schema" : "dab",
                      "kind" : "frame",
                      "materialization" : "view",
                      "columns" : [
                        {
                          "name" : "id",
                          "type" : "INTEGER",
                          "description" : "the id"
                        }
                      ],
                      "grain" : [
                        "id"
                      ],
                      "upstream" : [
                        "das.raw__a"
                      ],
                      "fingerprint" : "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                      "ownFingerprint" : "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd",
                      "templates" : [ ],
                      "origin" : "frames.yml:3:5",
                      "statement" : {
                        "file" : "models/dab/frame__a.sql",
                        "firstLine" : 8,
                        "checksum" : "FRAME"
                      }
                    }
                  ],
                  "landedTables" : [ ],
                  "externalSources" : [
                    "das.landed__a"
                  ],
                  "diagnostics" : [
                    {
                      "severity" : "warning",
                      "code" : "LH150",
                      "message" : "not cascaded",
                      "location" : "frames.yml:2:7",
                      "hint" : "a self-reference"
                    }
                  ]
                }
                """.replace("RAW", rawChecksum).replace("FRAME", frameChecksum));
    }
}
