package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Project;
import io.hooklake.model.Source;
import io.hooklake.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A full build does not depend on the physical order of the landed rows. */
class FullBuildDeterminismTest {

    @Test
    void everyModelHoldsTheSameRowsWhateverOrderTheLandedRowsAreStoredIn() {
        Project project = TestProjects.load("geo");
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        NamingStrategy naming = new NamingStrategy(project.settings());
        try (TestDatabase asLanded = new TestDatabase(project);
                TestDatabase shuffled = new TestDatabase(project)) {
            Loads.geo(asLanded);
            Loads.geo(shuffled);
            for (Source source : project.sources()) {
                for (Table table : source.tables()) {
                    String landed = shuffled.relation(naming.landing(table));
                    shuffled.execute("CREATE OR REPLACE TABLE " + landed + " AS SELECT * FROM " + landed
                            + " AS t ORDER BY md5(CAST(t AS VARCHAR)) DESC");
                }
            }
            asLanded.create(set);
            shuffled.create(set);
            for (Model model : set.models()) {
                String query = "SELECT * FROM " + asLanded.relation(model.name()) + " ORDER BY ALL";
                List<Map<String, Object>> expected = asLanded.rows(query);
                assertThat(expected).as("rows of %s", model.name()).isNotEmpty();
                assertThat(shuffled.rows(query)).as("rows of %s", model.name()).isEqualTo(expected);
            }
        }
    }
}
