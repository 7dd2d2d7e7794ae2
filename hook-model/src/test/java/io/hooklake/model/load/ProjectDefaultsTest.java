package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.ConceptKind;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.HookName;
import io.hooklake.model.Keyset;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the loader fills in for every optional key that {@code valid/defaults} leaves out. */
class ProjectDefaultsTest {

    private static final Path DIR = Path.of("src/test/resources/valid/defaults");
    private static final SourceName HR = SourceName.of("hr");

    private final Project project = ProjectLoader.load(DIR);

    @Test
    void projectWithOnlyANameGetsDefaultSettings() {
        assertThat(project.settings()).isEqualTo(ProjectSettings.defaults(ProjectName.of("people")));
    }

    @Test
    void keysetIsNamedAfterConceptQualifierAndSourceUnlessNamed() {
        assertThat(project.keysets()).extracting(Keyset::name, Keyset::qualifier, Keyset::description).containsExactly(
                tuple(KeysetName.of("person__employee__hr"), Optional.of("employee"), ""),
                tuple(KeysetName.of("person__hr_people"), Optional.empty(), ""),
                tuple(KeysetName.of("badge__hr"), Optional.empty(), ""));
    }

    @Test
    void conceptIsCoreUnlessGivenAKind() {
        assertThat(project.concepts()).extracting(c -> c.name().value(), c -> c.kind())
                .containsExactly(tuple("person", ConceptKind.CORE), tuple("badge", ConceptKind.REFERENCE));
    }

    @Test
    void hookIsNamedAfterItsKeysetsConceptAndQualifierAndItsRole() {
        assertThat(employees().hooks()).extracting(Hook::name, Hook::keyset, Hook::role).containsExactly(
                tuple(HookName.of("_hook__person__employee"), KeysetName.of("person__employee__hr"), Optional.empty()),
                tuple(HookName.of("_hook__person"), KeysetName.of("person__hr_people"), Optional.empty()),
                tuple(HookName.of("_hook__person__employee__manager"), KeysetName.of("person__employee__hr"),
                        Optional.of("manager")),
                tuple(HookName.of("_hook__badge"), KeysetName.of("badge__hr"), Optional.empty()));
        assertThat(employees().hooks().get(3).businessKey()).isEqualTo(new ValueSource.SqlExpression("upper(badge)",
                new Location(DIR.resolve("lakehouse.yml"), 56, 21)));
    }

    @Test
    void frameTakesTheOnlySourceAndIsNamedAfterSourceAndTable() {
        assertThat(project.frames()).extracting(Frame::name, Frame::source, Frame::table).containsExactly(
                tuple(FrameName.of("hr__employees"), HR, TableName.of("employees")),
                tuple(FrameName.of("hr__badges"), HR, TableName.of("badges")));
    }

    @Test
    void frameDescriptionDefaultsToItsTables() {
        assertThat(project.frames()).extracting(Frame::description).containsExactly("Who works here.", "");
    }

    @Test
    void grainOfCompositePrimaryHookIsTheBusinessKeysOfItsPartsInOrderWithoutExpressions() {
        assertThat(employees().primaryHook()).map(HookDefinition::name).contains(HookName.of("_hook__employment"));
        assertThat(employees().grain()).containsExactly(ColumnName.of("employee_id"), ColumnName.of("person_id"));
    }

    @Test
    void declaredGrainIsKeptAsWritten() {
        Frame badges = project.frame(FrameName.of("hr__badges")).orElseThrow();

        assertThat(badges.primaryHook()).isEmpty();
        assertThat(badges.grain()).containsExactly(ColumnName.of("badge"), ColumnName.of("_batch"));
    }

    @Test
    void loadColumnOfTheSourceIsAppendedAsTimestampWhenTheTableDoesNotListIt() {
        Table employees = project.table(HR, TableName.of("employees")).orElseThrow();

        assertThat(employees.loadColumn()).isEqualTo(ColumnName.of("_landed_at"));
        assertThat(employees.columns()).last().isEqualTo(new Column(ColumnName.of("_landed_at"), SqlType.of("TIMESTAMP"),
                false, "When the row was loaded.", new Location(DIR.resolve("lakehouse.yml"), 7, 18)));
        assertThat(employees.payload()).extracting(c -> c.name().value())
                .containsExactly("employee_id", "person_id", "manager_id", "badge");
    }

    @Test
    void loadColumnOfTheTableOverridesTheSourcesAndKeepsItsListedType() {
        Table badges = project.table(HR, TableName.of("badges")).orElseThrow();

        assertThat(badges.loadColumn()).isEqualTo(ColumnName.of("_batch"));
        assertThat(badges.columns()).extracting(c -> c.name().value()).containsExactly("badge", "_batch");
        assertThat(badges.load().type()).isEqualTo(SqlType.of("VARCHAR"));
    }

    @Test
    void columnIsNullableWithoutDescriptionUnlessSaidOtherwiseAndTypeIsUpperCased() {
        Table employees = project.table(HR, TableName.of("employees")).orElseThrow();

        assertThat(employees.columns().get(0)).extracting(Column::type, Column::nullable, Column::description)
                .containsExactly(SqlType.of("INTEGER"), true, "");
        assertThat(employees.primaryKey()).isEqualTo(List.of());
    }

    private Frame employees() {
        return project.frame(FrameName.of("hr__employees")).orElseThrow();
    }
}
