package io.hooklake.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.naming.NamingStrategy.RecordColumn;
import io.hooklake.model.Frame;
import io.hooklake.model.Naming;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.Schemas;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {

    private final Project geo = ProjectLoader.load(Path.of("src", "test", "resources", "projects", "geo"));

    private Frame frame(String name) {
        return geo.frames().stream().filter(f -> f.name().value().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void namesEveryModelOfAFrameByDefault() {
        NamingStrategy naming = new NamingStrategy(geo.settings());
        Frame orders = frame("geo__orders");
        assertThat(naming.raw(geo.table(orders)).qualified()).isEqualTo("das.raw__geo__orders");
        assertThat(naming.landing(geo.table(orders)).qualified()).isEqualTo("das.landed__geo__orders");
        assertThat(naming.frame(orders).qualified()).isEqualTo("dab.frame__geo__orders");
        assertThat(naming.bridge(orders).qualified()).isEqualTo("dar__staging.bridge__geo__orders");
        assertThat(naming.eventBridge(orders).qualified()).isEqualTo("dar__staging.event__geo__orders");
        assertThat(naming.peripheral(orders).qualified()).isEqualTo("dar.geo__orders");
        assertThat(naming.unifiedBridge().qualified()).isEqualTo("dar._bridge__as_of");
        assertThat(naming.calendar().qualified()).isEqualTo("dar.calendar");
    }

    @Test
    void namesColumnsFromHooksPrefixAndRoles() {
        NamingStrategy naming = new NamingStrategy(geo.settings());
        Frame orders = frame("geo__orders");
        assertThat(naming.pitHook(orders)).isEqualTo("_pit_hook__order");
        assertThat(naming.record(orders, RecordColumn.VALID_FROM)).isEqualTo("order__record_valid_from");
        assertThat(naming.inherited("_pit_hook__state", Optional.of("billing"))).isEqualTo("_pit_hook__state__billing");
        assertThat(naming.inherited("_pit_hook__state", Optional.empty())).isEqualTo("_pit_hook__state");
        assertThat(naming.eventFlag("ship_date")).isEqualTo("event__ship_date");
        assertThat(naming.calendarColumn("year")).isEqualTo("calendar__year");
    }

    @Test
    void followsTheProjectsSchemasAndNaming() {
        ProjectSettings custom = new ProjectSettings(ProjectName.of("x"), new Schemas("raw", "biz", "stage", "mart"),
                new Naming("r", "f", "b", "e", "as_of", "days"), geo.settings().hookStorage(), false);
        NamingStrategy naming = new NamingStrategy(custom);
        Frame orders = frame("geo__orders");
        assertThat(naming.frame(orders).qualified()).isEqualTo("biz.f__geo__orders");
        assertThat(naming.eventBridge(orders).qualified()).isEqualTo("stage.e__geo__orders");
        assertThat(naming.unifiedBridge().qualified()).isEqualTo("mart.as_of");
        assertThat(naming.calendarColumn("year")).isEqualTo("days__year");
    }
}
