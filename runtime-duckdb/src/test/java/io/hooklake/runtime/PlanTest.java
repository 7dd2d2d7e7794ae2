package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hooklake.generator.contract.GeneratedProject;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTest {

    @TempDir
    Path temp;

    private Fixture fixture;
    private Lakehouse lakehouse;

    private GeneratedProject builtOnce() {
        fixture = Fixture.copy("geo", temp);
        GeneratedProject generated = fixture.generate();
        lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        lakehouse.run(generated);
        return generated;
    }

    private static Map<String, String> lines(Plan plan) {
        Map<String, String> lines = new TreeMap<>();
        plan.models().forEach(m -> lines.put(m.name().qualified(), m.category() + " " + m.action()));
        return lines;
    }

    @Test
    void everyModelIsAddedInAnEmptyLakehouse() {
        Fixture f = Fixture.copy("geo", temp);
        GeneratedProject generated = f.generate();
        Plan plan = Lakehouse.open(temp.resolve("empty")).plan(generated);

        assertThat(plan.models()).hasSize(generated.models().size()).allMatch(m -> m.category() == Category.ADDED);
        assertThat(lines(plan)).containsEntry("das.raw__geo__countries", "ADDED RECREATE_VIEW")
                .containsEntry("dab.frame__geo__countries", "ADDED FULL_REBUILD");
        assertThat(plan.highWaterMark()).isEmpty();
    }

    @Test
    void unchangedModelsWithoutNewLoadsDoNothing() {
        GeneratedProject generated = builtOnce();
        Plan plan = lakehouse.plan(generated);

        assertThat(plan.models()).allMatch(m -> m.category() == Category.UNCHANGED && m.action() == Action.NOTHING);
        assertThat(plan.toTable()).contains("nothing to do: 25 models up to date");
    }

    @Test
    void unchangedModelsWithNewLoadsTakeThemInIncrementally() {
        GeneratedProject generated = builtOnce();
        GeoLoads.land(lakehouse.landing(fixture.generate()), 2);
        Map<String, String> lines = lines(lakehouse.plan(generated));

        assertThat(lines).containsEntry("dab.frame__geo__countries", "UNCHANGED INCREMENTAL")
                .containsEntry("dar__staging.bridge__geo__orders", "UNCHANGED INCREMENTAL")
                .containsEntry("dar__staging.event__geo__orders", "UNCHANGED INCREMENTAL")
                .containsEntry("dar.calendar", "UNCHANGED FULL_REBUILD")
                .containsEntry("das.raw__geo__countries", "UNCHANGED NOTHING")
                .containsEntry("dar._bridge__as_of", "UNCHANGED NOTHING");
    }

    @Test
    void aChangedHookChangesItsFrameDirectlyAndItsDescendantsThroughTheParent() {
        GeneratedProject generated = builtOnce();
        GeneratedProject changed = fixture.edit(yaml -> yaml.replace(
                "{keyset: country__geo, business_key: country_code, primary: true}",
                "{keyset: country__geo, expression: upper(country_code), primary: true}")
                .replace("prefix: country\n", "prefix: country\n    grain: [country_code]\n")).generate();
        Map<String, String> lines = lines(lakehouse.plan(changed));

        assertThat(lines).containsEntry("dab.frame__geo__countries", "CHANGED_DIRECTLY FULL_REBUILD")
                .containsEntry("dar__staging.bridge__geo__countries", "CHANGED_THROUGH_PARENT FULL_REBUILD")
                .containsEntry("dar__staging.bridge__geo__orders", "CHANGED_THROUGH_PARENT FULL_REBUILD")
                .containsEntry("dar.geo__countries", "CHANGED_THROUGH_PARENT RECREATE_VIEW")
                .containsEntry("dab.frame__geo__states", "UNCHANGED NOTHING")
                .containsEntry("das.raw__geo__countries", "UNCHANGED NOTHING");
        assertThat(generated.models()).hasSize(changed.models().size());
    }

    @Test
    void aRemovedFrameIsDroppedAndANewOneAdded() {
        builtOnce();
        GeneratedProject changed = fixture.edit(yaml -> yaml.replace("  - table: countries\n    prefix: country\n",
                "  - table: countries\n    name: geo__nations\n    prefix: country\n")).generate();
        Plan plan = lakehouse.plan(changed);
        Map<String, String> lines = lines(plan);

        assertThat(lines).containsEntry("dab.frame__geo__countries", "REMOVED DROP")
                .containsEntry("dar.geo__countries", "REMOVED DROP")
                .containsEntry("dar__staging.bridge__geo__countries", "REMOVED DROP")
                .containsEntry("dar__staging.event__geo__countries", "REMOVED DROP")
                .containsEntry("dab.frame__geo__nations", "ADDED FULL_REBUILD")
                .containsEntry("dar.geo__nations", "ADDED RECREATE_VIEW")
                .containsEntry("dar__staging.bridge__geo__states", "CHANGED_DIRECTLY FULL_REBUILD")
                .containsEntry("dar__staging.bridge__geo__addresses", "CHANGED_THROUGH_PARENT FULL_REBUILD");
        assertThat(plan.models().get(0).category()).isEqualTo(Category.REMOVED);
    }

    @Test
    void runCarriesOutThePlanAndLeavesNothingToDo() {
        builtOnce();
        GeneratedProject changed = fixture.edit(yaml -> yaml.replace("  - table: countries\n    prefix: country\n",
                "  - table: countries\n    name: geo__nations\n    prefix: country\n")).generate();
        Plan plan = lakehouse.plan(changed);
        RunResult run = lakehouse.run(changed);

        assertThat(run.models()).extracting(ModelRun::name).containsExactlyInAnyOrderElementsOf(
                plan.work().stream().map(PlannedModel::name).toList());
        assertThat(lakehouse.plan(changed).isNoOp()).isTrue();
        assertThat(Databases.rows(Databases.file(lakehouse), "SELECT table_name FROM information_schema.tables"
                + " WHERE table_name LIKE '%countries' AND table_catalog = 'lake' ORDER BY 1"))
                .containsExactly("landed__geo__countries", "raw__geo__countries");
        assertThat(lakehouse.state()).doesNotContainKey(new io.hooklake.generator.ModelName("dab", "frame__geo__countries"));
    }

    @Test
    void planTouchesNoData() {
        GeneratedProject generated = builtOnce();
        GeoLoads.land(lakehouse.landing(fixture.generate()), 2);
        Map<String, String> before = Databases.snapshot(Databases.file(lakehouse));
        lakehouse.plan(generated);
        assertThat(Databases.snapshot(Databases.file(lakehouse))).isEqualTo(before);
    }

    @Test
    void planAsJsonListsEveryModelWithCategoryActionAndReason() throws Exception {
        GeneratedProject generated = builtOnce();
        GeoLoads.land(lakehouse.landing(fixture.generate()), 2);
        Plan plan = lakehouse.plan(generated);
        JsonNode json = new ObjectMapper().readTree(plan.toJson());

        assertThat(json.get("highWaterMark").asText()).isEqualTo("2024-02-01T00:00");
        assertThat(json.get("models")).hasSize(25); // 20 per frame, unified bridge, calendar, 3 default metrics
        JsonNode frame = json.get("models").findParents("model").stream()
                .filter(n -> n.get("model").asText().equals("dab.frame__geo__countries")).findFirst().orElseThrow();
        assertThat(frame.get("category").asText()).isEqualTo("UNCHANGED");
        assertThat(frame.get("action").asText()).isEqualTo("INCREMENTAL");
        assertThat(frame.get("reason").asText()).isEqualTo("loads after 2024-01-01T00:00 up to 2024-02-01T00:00");
        assertThat(json.get("actions").get("INCREMENTAL").asInt()).isEqualTo(12);
        assertThat(plan.toTable()).contains("dab.frame__geo__countries", "incremental", "12 incremental, 4 full rebuild");
    }
}
