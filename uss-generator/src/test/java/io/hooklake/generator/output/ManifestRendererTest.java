package io.hooklake.generator.output;

import static io.hooklake.generator.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Fingerprint;
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
    void listsModelsSortedByNameWithExternalSourcesAndDiagnosticsInAFixedShape() {
        ModelGraph graph = ModelGraph.of(List.of(model("dab.frame__a", "das.raw__a"), model("das.raw__a", "das.landed__a")),
                ExternalSourcePolicy.namePrefix("landed__"));
        Map<ModelName, Fingerprint> fingerprints = new LinkedHashMap<>();
        fingerprints.put(new ModelName("das", "raw__a"), new Fingerprint("a".repeat(64)));
        fingerprints.put(new ModelName("dab", "frame__a"), new Fingerprint("b".repeat(64)));
        Diagnostic warning = Diagnostic.warning(ErrorCode.UNUSED_KEYSET, new Location(Path.of("frames.yml"), 2, 7), "not cascaded")
                .withHint("a self-reference");

        String json = new ManifestRenderer().render("demo", "duckdb", graph, fingerprints, List.of(warning)).content();

        assertThat(json).isEqualTo("""
                {
                  "format" : 1,
                  "project" : "demo",
                  "dialect" : "duckdb",
                  "models" : [
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
                      "file" : "models/dab/frame__a.sql",
                      "fingerprint" : "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                      "templates" : [ ],
                      "origin" : "frames.yml:3:5"
                    },
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
                      "file" : "models/das/raw__a.sql",
                      "fingerprint" : "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                      "templates" : [ ],
                      "origin" : "frames.yml:3:5"
                    }
                  ],
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
                """);
    }
}
