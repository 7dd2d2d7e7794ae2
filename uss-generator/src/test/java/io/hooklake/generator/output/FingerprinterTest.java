package io.hooklake.generator.output;

import static io.hooklake.generator.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.Fingerprint;
import io.hooklake.generator.IncrementalSql;
import io.hooklake.generator.Model;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.TestModels;
import io.hooklake.generator.dag.ExternalSourcePolicy;
import io.hooklake.generator.dag.ModelGraph;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprinterTest {

    @TempDir
    Path templates;

    @BeforeEach
    void writeTemplates() throws IOException {
        writeTemplate("duckdb/frame.ftl", "<#import \"lib/hook.ftl\" as hook>\nSELECT ...\n");
        writeTemplate("duckdb/lib/hook.ftl", "<#macro hook>'k|' || id</#macro>\n");
        writeTemplate("spark/frame.ftl", "<#import \"lib/hook.ftl\" as hook>\nSELECT ...\n");
        writeTemplate("spark/lib/hook.ftl", "<#macro hook>'k|' || id</#macro>\n");
    }

    private void writeTemplate(String path, String text) throws IOException {
        Path file = templates.resolve("root").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Templates are read once per fingerprinter, so each call gets a fresh class loader and fingerprinter. */
    private Map<ModelName, Fingerprint> fingerprints(String dialect, List<Model> models) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {templates.toUri().toURL()}, null)) {
            return new Fingerprinter("root", dialect, loader).fingerprints(ModelGraph.of(models, ExternalSourcePolicy.none()));
        }
    }

    private static Model templated(Model model) {
        return new Model(model.name(), model.kind(), model.materialization(), model.upstream(), model.columns(),
                model.grain(), model.sql(), List.of("frame.ftl", "lib/hook.ftl"), model.origin());
    }

    private static List<Model> chain(String rawSql) {
        return new ArrayList<>(List.of(
                templated(TestModels.withSql("das.raw__a", rawSql)),
                templated(model("dab.frame__a", "das.raw__a")),
                templated(model("dar__staging.bridge__a", "dab.frame__a"))));
    }

    private static ModelName name(String qualified) {
        return TestModels.name(qualified);
    }

    @Test
    void isA64DigitSha256AndTheSameForTheSameDefinition() throws IOException {
        Map<ModelName, Fingerprint> first = fingerprints("duckdb", chain("SELECT 1 AS id\n"));
        Map<ModelName, Fingerprint> second = fingerprints("duckdb", chain("SELECT 1 AS id\n"));

        assertThat(first).isEqualTo(second);
        assertThat(first.get(name("das.raw__a")).hex()).matches("[0-9a-f]{64}");
        assertThat(first.values()).doesNotHaveDuplicates();
    }

    @Test
    void changesWithTheSqlAndForEveryDescendant() throws IOException {
        Map<ModelName, Fingerprint> before = fingerprints("duckdb", chain("SELECT 1 AS id\n"));
        Map<ModelName, Fingerprint> after = fingerprints("duckdb", chain("SELECT 2 AS id\n"));

        assertThat(after.get(name("das.raw__a"))).isNotEqualTo(before.get(name("das.raw__a")));
        assertThat(after.get(name("dab.frame__a"))).as("child of a changed parent").isNotEqualTo(before.get(name("dab.frame__a")));
        assertThat(after.get(name("dar__staging.bridge__a"))).as("grandchild").isNotEqualTo(before.get(name("dar__staging.bridge__a")));
    }

    @Test
    void changesWithTheIncrementalSql() throws IOException {
        Map<ModelName, Fingerprint> before = fingerprints("duckdb", withIncrementalFrame("WHERE loaded > ?"));
        Map<ModelName, Fingerprint> after = fingerprints("duckdb", withIncrementalFrame("WHERE loaded >= ?"));

        assertThat(after.get(name("dab.frame__a"))).isNotEqualTo(before.get(name("dab.frame__a")));
        assertThat(after.get(name("das.raw__a"))).isEqualTo(before.get(name("das.raw__a")));
    }

    private static List<Model> withIncrementalFrame(String window) {
        List<Model> models = chain("SELECT 1 AS id\n");
        Model frame = models.get(1);
        models.set(1, new Model(frame.name(), frame.kind(), frame.materialization(), frame.upstream(), frame.columns(),
                frame.grain(), frame.sql(), frame.templates(), frame.origin(), Optional.of(new IncrementalSql("id",
                        new ModelName("temp", "affected__a"),
                        "SELECT id AS entity FROM das.raw__a " + window + " AND loaded <= ?\n",
                        "SELECT id FROM das.raw__a WHERE id IN (SELECT entity FROM temp.affected__a)\n", ""))));
        return models;
    }

    @Test
    void changesWhenAMacroTheModelUsesChanges() throws IOException {
        Map<ModelName, Fingerprint> before = fingerprints("duckdb", chain("SELECT 1 AS id\n"));
        writeTemplate("duckdb/lib/hook.ftl", "<#macro hook>'k|' || id::VARCHAR</#macro>\n");
        Map<ModelName, Fingerprint> after = fingerprints("duckdb", chain("SELECT 1 AS id\n"));

        assertThat(after.get(name("das.raw__a"))).isNotEqualTo(before.get(name("das.raw__a")));
    }

    @Test
    void doesNotChangeWhenAMacroTheModelDoesNotUseChanges() throws IOException {
        List<Model> untemplated = List.of(TestModels.withSql("das.raw__a", "SELECT 1 AS id\n"));
        Map<ModelName, Fingerprint> before = fingerprints("duckdb", untemplated);
        writeTemplate("duckdb/lib/hook.ftl", "<#macro hook>'k|' || id::VARCHAR</#macro>\n");

        assertThat(fingerprints("duckdb", untemplated)).isEqualTo(before);
    }

    @Test
    void changesWithTheDialect() throws IOException {
        assertThat(fingerprints("spark", chain("SELECT 1 AS id\n")).get(name("das.raw__a")))
                .isNotEqualTo(fingerprints("duckdb", chain("SELECT 1 AS id\n")).get(name("das.raw__a")));
    }

    @Test
    void doesNotChangeWhenOnlyTheOriginMoves() throws IOException {
        List<Model> moved = chain("SELECT 1 AS id\n").stream()
                .map(m -> new Model(m.name(), m.kind(), m.materialization(), m.upstream(), m.columns(), m.grain(), m.sql(),
                        m.templates(), Optional.of(new Location(Path.of("elsewhere/other.yml"), 99, 1))))
                .toList();

        assertThat(fingerprints("duckdb", moved)).isEqualTo(fingerprints("duckdb", chain("SELECT 1 AS id\n")));
    }

    @Test
    void doesNotChangeWhenAnUnrelatedModelChanges() throws IOException {
        List<Model> withOther = chain("SELECT 1 AS id\n");
        withOther.add(TestModels.withSql("das.raw__b", "SELECT 1 AS id\n"));
        List<Model> withChangedOther = chain("SELECT 1 AS id\n");
        withChangedOther.add(TestModels.withSql("das.raw__b", "SELECT 2 AS id\n"));

        Map<ModelName, Fingerprint> before = fingerprints("duckdb", withOther);
        Map<ModelName, Fingerprint> after = fingerprints("duckdb", withChangedOther);

        assertThat(after.get(name("dar__staging.bridge__a"))).isEqualTo(before.get(name("dar__staging.bridge__a")));
        assertThat(after.get(name("das.raw__b"))).isNotEqualTo(before.get(name("das.raw__b")));
    }

    @Test
    void readsTemplatesNamedWithOrWithoutTheirDialectFolder() throws IOException {
        List<Model> bare = chain("SELECT 1 AS id\n");
        List<Model> prefixed = bare.stream()
                .map(m -> new Model(m.name(), m.kind(), m.materialization(), m.upstream(), m.columns(), m.grain(), m.sql(),
                        List.of("duckdb/frame.ftl", "duckdb/lib/hook.ftl"), m.origin()))
                .toList();
        Map<ModelName, Fingerprint> before = fingerprints("duckdb", prefixed);
        writeTemplate("duckdb/lib/hook.ftl", "<#macro hook>'k|' || id::VARCHAR</#macro>\n");

        assertThat(fingerprints("duckdb", prefixed).get(name("das.raw__a"))).isNotEqualTo(before.get(name("das.raw__a")));
        assertThat(fingerprints("duckdb", bare)).hasSize(3);
    }

    @Test
    void reportsATemplateThatIsNotOnTheClasspath() {
        List<Model> models = List.of(new Model(name("das.raw__a"), io.hooklake.generator.ModelKind.RAW,
                io.hooklake.generator.Materialization.VIEW, List.of(), List.of(), List.of(), "SELECT 1\n",
                List.of("raw.ftl"), Optional.empty()));

        assertThatThrownBy(() -> fingerprints("duckdb", models))
                .isInstanceOfSatisfying(OutputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_TEMPLATE))
                .hasMessage("template raw.ftl is not on the classpath (looked for root/duckdb/raw.ftl and root/sql/raw.ftl)");
    }
}
