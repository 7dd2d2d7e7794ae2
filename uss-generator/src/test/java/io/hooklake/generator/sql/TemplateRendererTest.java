package io.hooklake.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer(Dialect.duckdb());

    @Test
    void readsRecordComponentsAsPropertiesAndWritesNumbersForComputers() {
        Rendered rendered = renderer.render("raw.ftl", "raw", new Views.RawView("das.landed__a__b",
                List.of(new Views.RawColumn("\"x\"", "DECIMAL(10,2)"), new Views.RawColumn("\"y\"", "INTEGER"))));
        assertThat(rendered.sql()).isEqualTo("SELECT\n  CAST(\"x\" AS DECIMAL(10,2)) AS \"x\",\n"
                + "  CAST(\"y\" AS INTEGER) AS \"y\"\nFROM das.landed__a__b\n");
        assertThat(rendered.templates()).containsExactly("sql/raw.ftl");
    }

    @Test
    void findsSharedTemplatesAndTheDialectsMacroLibrary() {
        assertThat(renderer.templatesUsed("metric.ftl")).containsExactly("duckdb/lib/dialect.ftl", "sql/metric.ftl");
        assertThat(new TemplateRenderer(Dialect.spark()).templatesUsed("calendar.ftl"))
                .containsExactly("spark/lib/dialect.ftl", "sql/calendar.ftl", "sql/lib/hook.ftl");
    }

    @Test
    void rendersTheSameTemplateInEachDialectsSpelling() {
        
        assertThat(renderer.render("kept.ftl", "kept", new RunStatementRenderer.KeptView("dab.t", List.of("a"), "a", "dab.t__affected")).sql())
                .isEqualTo(new TemplateRenderer(Dialect.spark())
                        .render("kept.ftl", "kept", new RunStatementRenderer.KeptView("dab.t", List.of("a"), "a", "dab.t__affected")).sql());
        assertThat(renderer.render("load_time.ftl", "landing", new RunStatementRenderer.LoadTimeView("TIMESTAMP", "TIMESTAMP")).sql())
                .isEqualTo("SELECT CAST(CAST(CAST(? AS TIMESTAMP) AS TIMESTAMP) AS TIMESTAMP) AS load_time\n");
        assertThat(new TemplateRenderer(Dialect.spark())
                .render("load_time.ftl", "landing", new RunStatementRenderer.LoadTimeView("TIMESTAMP", "TIMESTAMP_NTZ")).sql())
                .isEqualTo("SELECT CAST(CAST(CAST(? AS TIMESTAMP_NTZ) AS TIMESTAMP_NTZ) AS TIMESTAMP_NTZ) AS load_time\n");
    }

    @Test
    void aViewThatLacksWhatTheTemplateReadsFailsWithTheTemplateName() {
        assertThatThrownBy(() -> renderer.render("raw.ftl", "raw", new Views.Renamed("a", "b")))
                .isInstanceOf(RenderException.class).hasMessageContaining("sql/raw.ftl")
                .extracting(e -> ((RenderException) e).code()).isEqualTo(ErrorCode.TEMPLATE_FAILED);
    }

    @Test
    void normalisesLineEndsAndBlankLines() {
        assertThat(TemplateRenderer.normalise("a  \r\n\r\nb\rc")).isEqualTo("a\nb\nc\n");
    }
}
