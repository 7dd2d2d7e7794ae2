package io.hooklake.generator.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The manifest, {@code manifest.json}: every model sorted by qualified name (name, schema, kind,
 * materialization, columns, grain, upstream, file, fingerprint, templates, origin), the external
 * sources, and the diagnostics. Pretty printed with two spaces and LF, keys in a fixed order, so
 * one project always gives the same bytes.
 */
public final class ManifestRenderer {

    /** Bumped when the manifest's shape changes incompatibly. */
    public static final int FORMAT = 1;

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Function<Location, String> locations;

    /** Locations printed as {@link Location#toString()}. */
    public ManifestRenderer() {
        this(Location::toString);
    }

    /** Locations printed by {@code locations}, for instance relative to the project directory. */
    public ManifestRenderer(Function<Location, String> locations) {
        this.locations = locations;
    }

    /**
     * The manifest of a generation, streamed model by model into UTF-8 bytes: no tree of the whole
     * manifest and no {@code String} of it is built, so its memory is its own size once.
     */
    public GeneratedFile render(String project, String dialect, ModelGraph graph,
            Map<ModelName, Fingerprint> fingerprints, List<Diagnostic> diagnostics) {
        List<Model> models = graph.topologicalOrder().stream().sorted(Comparator.comparing(Model::name)).toList();
        ByteArrayBuilder out = new ByteArrayBuilder(Math.max(1 << 16, models.size() * 4096));
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("project", project);
            json.writeStringField("dialect", dialect);
            json.writeArrayFieldStart("models");
            for (Model model : models) {
                json.writeObject(entry(model, fingerprints.get(model.name())));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("externalSources");
            for (ModelName source : graph.externalSources()) {
                json.writeString(source.qualified());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.ORDER).toList()) {
                json.writeObject(new DiagnosticEntry(d.severity().label(), d.code().code(), d.message(),
                        locations.apply(d.location()), d.hint().orElse(null)));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
        out.write('\n');
        byte[] bytes = out.toByteArray();
        out.release();
        return GeneratedFile.ofUtf8(OutputLayout.MANIFEST, bytes);
    }

    private ModelEntry entry(Model model, Fingerprint fingerprint) {
        return new ModelEntry(
                model.name().qualified(),
                model.name().name(),
                model.name().schema(),
                ModelFileRenderer.lower(model.kind()),
                ModelFileRenderer.lower(model.materialization()),
                model.columns().stream().map(ColumnEntry::of).toList(),
                model.grain(),
                model.upstream().stream().sorted().map(ModelName::qualified).toList(),
                OutputLayout.modelFile(model.name()),
                fingerprint.hex(),
                model.templates(),
                model.origin().map(locations).orElse(null));
    }

    @JsonPropertyOrder({"qualifiedName", "name", "schema", "kind", "materialization", "columns", "grain",
        "upstream", "file", "fingerprint", "templates", "origin"})
    record ModelEntry(String qualifiedName, String name, String schema, String kind, String materialization,
            List<ColumnEntry> columns, List<String> grain, List<String> upstream, String file, String fingerprint,
            List<String> templates, String origin) {
    }

    @JsonPropertyOrder({"name", "type", "description"})
    record ColumnEntry(String name, String type, String description) {

        static ColumnEntry of(ModelColumn column) {
            return new ColumnEntry(column.name(), column.type(), column.description());
        }
    }

    @JsonPropertyOrder({"severity", "code", "message", "location", "hint"})
    record DiagnosticEntry(String severity, String code, String message, String location, String hint) {
    }
}
