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
        assertThat(rendered.templates()).containsExactly("duckdb/raw.ftl");
    }

    @Test
    void aViewThatLacksWhatTheTemplateReadsFailsWithTheTemplateName() {
        assertThatThrownBy(() -> renderer.render("raw.ftl", "raw", new Views.Renamed("a", "b")))
                .isInstanceOf(RenderException.class).hasMessageContaining("duckdb/raw.ftl")
                .extracting(e -> ((RenderException) e).code()).isEqualTo(ErrorCode.TEMPLATE_FAILED);
    }

    @Test
    void normalisesLineEndsAndBlankLines() {
        assertThat(TemplateRenderer.normalise("a  \r\n\r\nb\rc")).isEqualTo("a\nb\nc\n");
    }
}
