package io.hooklake.generator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.generator.GenerationResult.GeneratedModel;
import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.Materialization;
import io.hooklake.generator.Model;
import io.hooklake.generator.UssGenerator;
import io.hooklake.generator.output.Locations;
import io.hooklake.model.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generation's output folder read back is exactly what the generator produced, and nothing else. */
class GeneratedProjectTest {

    private static final Path GEO = Path.of("src/test/resources/projects/geo");

    @TempDir
    Path temp;

    private Path out;
    private GenerationResult generated;

    @BeforeEach
    void generate() {
        out = temp.resolve("out");
        generated = UssGenerator.builder().build().generate(GEO, out);
    }

    @Test
    void readsBackEveryModelWithItsStatementsInTheGeneratorsOrder() {
        GeneratedProject project = GeneratedProject.read(out);

        assertThat(project.project()).isEqualTo("geo");
        assertThat(project.dialect()).isEqualTo("duckdb");
        assertThat(project.externalSources()).isEqualTo(generated.externalSources());
        assertThat(project.models()).extracting(CompiledModel::name)
                .containsExactlyElementsOf(generated.models().stream().map(m -> m.model().name()).toList());
        for (int i = 0; i < project.models().size(); i++) {
            CompiledModel read = project.models().get(i);
            GeneratedModel written = generated.models().get(i);
            Model model = written.model();
            assertThat(read.fingerprint()).isEqualTo(written.fingerprint());
            assertThat(read.statement().sql()).isEqualTo(model.sql());
            assertThat(read.statement().file()).isEqualTo(written.file());
            assertThat(read.columns()).isEqualTo(model.columns());
            assertThat(read.grain()).isEqualTo(model.grain());
            assertThat(read.upstream()).isEqualTo(model.upstream());
            assertThat(read.kind()).isEqualTo(model.kind());
            assertThat(read.materialization()).isEqualTo(model.materialization());
            assertThat(read.origin()).isEqualTo(model.origin().map(o -> Locations.relative(o, GEO)));
            assertThat(read.incremental().isPresent()).isEqualTo(model.incremental().isPresent());
            model.incremental().ifPresent(inc -> {
                IncrementalStatements statements = read.incremental().orElseThrow();
                assertThat(statements.entityColumn()).isEqualTo(inc.entityColumn());
                assertThat(statements.affectedRelation()).isEqualTo(inc.affectedRelation());
                assertThat(statements.affected().sql()).isEqualTo(inc.affectedEntities());
                assertThat(statements.rows().sql()).isEqualTo(inc.rowsForEntities());
                assertThat(statements.kept().sql()).isEqualTo(inc.keptRows()).contains(inc.affectedRelation().name());
                assertThat(statements.affected().file()).endsWith(".affected.sql");
            });
            boolean audited = model.materialization() != Materialization.VIEW && !model.grain().isEmpty();
            assertThat(read.audit().isPresent()).as("audit of %s", model.name()).isEqualTo(audited);
            read.audit().ifPresent(audit -> {
                assertThat(audit.grain()).isEqualTo(model.grain());
                assertThat(audit.ofAffected().isPresent()).isEqualTo(model.incremental().isPresent());
            });
        }
    }

    @Test
    void aStatementsLineIsLocatedInItsFile() throws IOException {
        CompiledModel frame = GeneratedProject.read(out).models().stream()
                .filter(m -> m.incremental().isPresent()).findFirst().orElseThrow();
        Statement rows = frame.incremental().orElseThrow().rows();
        String firstLine = rows.sql().lines().findFirst().orElseThrow();

        String location = rows.locate(1);
        int line = Integer.parseInt(location.substring(location.lastIndexOf(':') + 1));
        assertThat(Files.readAllLines(out.resolve(rows.file())).get(line - 1)).isEqualTo(firstLine);
    }

    @Test
    void landedTablesCarryTheirDeclaredColumnsAndALoadTimeThatRunsOnDuckDb() throws SQLException {
        GeneratedProject project = GeneratedProject.read(out);
        LandedTable countries = project.landedTable("geo", "countries").orElseThrow();

        assertThat(countries.relation().qualified()).isEqualTo("das.landed__geo__countries");
        assertThat(project.landedTables()).extracting(t -> t.relation())
                .containsExactlyInAnyOrderElementsOf(project.externalSources());
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement p = duckdb.prepareStatement(countries.loadTime().sql())) {
            p.setString(1, "2024-01-31 06:00:00");
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertThat(rs.getObject("load_time", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 31, 6, 0));
            }
        }
    }

    @Test
    void aFileChangedByHandIsRefusedNamingIt() throws IOException {
        GeneratedModel model = generated.models().get(3);
        Path file = out.resolve(model.file());
        Files.writeString(file, Files.readString(file).replace("SELECT", "SELECT DISTINCT"), StandardCharsets.UTF_8);

        GeneratedOutputException refused = catchThrowableOfType(GeneratedOutputException.class,
                () -> GeneratedProject.read(out));

        assertThat(refused.code()).isEqualTo(ErrorCode.GENERATED_FILE_CHANGED);
        assertThat(refused.getMessage()).startsWith(file.toAbsolutePath().normalize() + ": changed since it was generated")
                .contains("generate the project again");
    }

    @Test
    void aMissingStatementFileIsRefused() throws IOException {
        Files.delete(out.resolve(generated.models().get(0).file()));

        assertThat(catchThrowableOfType(GeneratedOutputException.class, () -> GeneratedProject.read(out)).code())
                .isEqualTo(ErrorCode.GENERATED_FILE_CHANGED);
    }

    @Test
    void aFolderWithoutManifestOrWithAnotherFormatIsNoGeneratedOutput() throws IOException {
        GeneratedOutputException none = catchThrowableOfType(GeneratedOutputException.class,
                () -> GeneratedProject.read(temp.resolve("empty")));
        assertThat(none.code()).isEqualTo(ErrorCode.NO_GENERATED_OUTPUT);
        assertThat(none.getMessage()).contains("generate the project first");

        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"format\" : 2", "\"format\" : 1"));
        GeneratedOutputException old = catchThrowableOfType(GeneratedOutputException.class, () -> GeneratedProject.read(out));
        assertThat(old.code()).isEqualTo(ErrorCode.NO_GENERATED_OUTPUT);
        assertThat(old.getMessage()).contains("manifest format 1");
    }

    @Test
    void aManifestThatPointsOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(temp.resolve("secret.sql"), "SELECT 1\n");
        Path manifest = out.resolve("manifest.json");
        String first = generated.models().get(0).file();
        Files.writeString(manifest, Files.readString(manifest).replace("\"" + first + "\"", "\"../secret.sql\""));

        GeneratedOutputException refused = catchThrowableOfType(GeneratedOutputException.class,
                () -> GeneratedProject.read(out));

        assertThat(refused.code()).isEqualTo(ErrorCode.NO_GENERATED_OUTPUT);
        assertThat(refused.getMessage()).contains("a plain path inside the output folder: ../secret.sql");
    }
}
