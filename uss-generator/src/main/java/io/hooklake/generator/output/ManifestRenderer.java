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
import io.hooklake.generator.LandedTableSql;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.model.diagnostic.Diagnostic;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The manifest, {@code manifest.json}: the contract a runtime reads back
 * ({@link io.hooklake.generator.contract.GeneratedProject#read}). Every model, upstream before
 * downstream (ties by qualified name), with its columns, grain, upstream, fingerprints, templates,
 * origin and its statement files (file, first line of the statement, SHA-256 of the file); the
 * landed tables with their load-time statement; the external sources; and the diagnostics.
 * Pretty printed with two spaces and LF, keys in a fixed order, so one project always gives the
 * same bytes.
 */
public final class ManifestRenderer {

    /** Bumped when the manifest's shape changes incompatibly; what the contract's reader accepts. */
    public static final int FORMAT = 2;

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
     * What the manifest lists: a generation's models and landed tables, and the files written for
     * them; {@code inputs} is the hash of what the generation depended on ({@link GenerationInputs}),
     * null when not known (a project given as a {@code Project}, or a model set builder of the caller's).
     */
    public record Contents(
            String project,
            String dialect,
            String inputs,
            List<Model> models,
            Map<ModelName, Fingerprint> fingerprints,
            Map<ModelName, Fingerprint> ownFingerprints,
            List<LandedTableSql> landedTables,
            List<ModelName> externalSources,
            Map<String, GeneratedFile> files,
            List<Diagnostic> diagnostics,
            String dataChecks) {

        /** Contents whose data checks warn. */
        public Contents(String project, String dialect, String inputs, List<Model> models, Map<ModelName, Fingerprint> fingerprints,
                Map<ModelName, Fingerprint> ownFingerprints, List<LandedTableSql> landedTables,
                List<ModelName> externalSources, Map<String, GeneratedFile> files, List<Diagnostic> diagnostics) {
            this(project, dialect, inputs, models, fingerprints, ownFingerprints, landedTables, externalSources, files,
                    diagnostics, "warn");
        }
    }

    /**
     * The manifest of a generation, streamed model by model into UTF-8 bytes: no tree of the whole
     * manifest and no {@code String} of it is built, so its memory is its own size once.
     */
    public GeneratedFile render(Contents contents) {
        ByteArrayBuilder out = new ByteArrayBuilder(Math.max(1 << 16, contents.models().size() * 6144));
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("project", contents.project());
            json.writeStringField("dialect", contents.dialect());
            if (contents.inputs() != null) {
                json.writeStringField(GenerationInputs.FIELD, contents.inputs());
            }
            json.writeStringField("dataChecks", contents.dataChecks());
            json.writeArrayFieldStart("models");
            for (Model model : contents.models()) {
                json.writeObject(entry(model, contents));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("landedTables");
            for (LandedTableSql landed : contents.landedTables()) {
                json.writeObject(new LandedEntry(landed.relation().qualified(), landed.source(), landed.table(),
                        landed.payload().stream().map(ColumnEntry::of).toList(), ColumnEntry.of(landed.loadColumn()),
                        statement(contents, OutputLayout.loadTimeFile(landed.relation())), landed.templates()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("externalSources");
            for (ModelName source : contents.externalSources()) {
                json.writeString(source.qualified());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : contents.diagnostics().stream().sorted(Diagnostic.ORDER).toList()) {
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

    private ModelEntry entry(Model model, Contents contents) {
        ModelName name = model.name();
        IncrementalEntry incremental = model.incremental().map(inc -> new IncrementalEntry(inc.entityColumn(),
                inc.affectedRelation().qualified(),
                statement(contents, OutputLayout.statementFile(name, ModelStatement.AFFECTED)),
                statement(contents, OutputLayout.statementFile(name, ModelStatement.ROWS)),
                statement(contents, OutputLayout.statementFile(name, ModelStatement.KEPT)))).orElse(null);
        AuditEntry audit = model.audit().map(a -> new AuditEntry(a.grain(),
                statement(contents, OutputLayout.statementFile(name, ModelStatement.AUDIT)),
                a.ofAffected().isPresent()
                        ? statement(contents, OutputLayout.statementFile(name, ModelStatement.AUDIT_AFFECTED))
                        : null)).orElse(null);
        return new ModelEntry(
                name.qualified(),
                name.name(),
                name.schema(),
                ModelFileRenderer.lower(model.kind()),
                ModelFileRenderer.lower(model.materialization()),
                model.columns().stream().map(ColumnEntry::of).toList(),
                model.grain(),
                model.upstream().stream().sorted().map(ModelName::qualified).toList(),
                contents.fingerprints().get(name).hex(),
                contents.ownFingerprints().get(name).hex(),
                model.templates(),
                model.origin().map(locations).orElse(null),
                statement(contents, OutputLayout.modelFile(name)),
                incremental,
                audit,
                model.dataCheck().isPresent()
                        ? statement(contents, OutputLayout.statementFile(name, ModelStatement.DATA_CHECK))
                        : null);
    }

    private static StatementEntry statement(Contents contents, String file) {
        GeneratedFile generated = contents.files().get(file);
        if (generated == null) {
            throw new IllegalStateException("no generated file " + file);
        }
        return new StatementEntry(file, ModelFileRenderer.HEADER_LINES + 1, generated.sha256());
    }

    @JsonPropertyOrder({"qualifiedName", "name", "schema", "kind", "materialization", "columns", "grain",
        "upstream", "fingerprint", "ownFingerprint", "templates", "origin", "statement", "incremental", "audit",
        "dataCheck"})
    record ModelEntry(String qualifiedName, String name, String schema, String kind, String materialization,
            List<ColumnEntry> columns, List<String> grain, List<String> upstream, String fingerprint,
            String ownFingerprint, List<String> templates, String origin, StatementEntry statement,
            IncrementalEntry incremental, AuditEntry audit, StatementEntry dataCheck) {
    }

    @JsonPropertyOrder({"file", "firstLine", "checksum"})
    record StatementEntry(String file, int firstLine, String checksum) {
    }

    @JsonPropertyOrder({"entityColumn", "affectedRelation", "affected", "rows", "kept"})
    record IncrementalEntry(String entityColumn, String affectedRelation, StatementEntry affected, StatementEntry rows,
            StatementEntry kept) {
    }

    @JsonPropertyOrder({"grain", "whole", "ofAffected"})
    record AuditEntry(List<String> grain, StatementEntry whole, StatementEntry ofAffected) {
    }

    @JsonPropertyOrder({"relation", "source", "table", "payload", "loadColumn", "loadTime", "templates"})
    record LandedEntry(String relation, String source, String table, List<ColumnEntry> payload, ColumnEntry loadColumn,
            StatementEntry loadTime, List<String> templates) {
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
