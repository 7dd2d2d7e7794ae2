package io.hooklake.generator.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.ModelName;
import io.hooklake.model.HookStorage;
import io.hooklake.model.SqlType;
import org.junit.jupiter.api.Test;

class DuckDbDialectTest {

    private final Dialect dialect = Dialect.duckdb();

    @Test
    void quotesIdentifiersOnlyWhenNeededButSourceColumnsAlways() {
        assertThat(dialect.identifier("frame__orders")).isEqualTo("frame__orders");
        assertThat(dialect.identifier("order")).isEqualTo("\"order\"");
        assertThat(dialect.identifier("Mixed Case")).isEqualTo("\"Mixed Case\"");
        assertThat(dialect.quoted("city")).isEqualTo("\"city\"");
        assertThat(dialect.quoted("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(dialect.relation(new ModelName("dar", "order"))).isEqualTo("dar.\"order\"");
    }

    @Test
    void escapesStringLiterals() {
        assertThat(dialect.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void spellsTypesAsDuckDbReportsThem() {
        assertThat(dialect.columnType(SqlType.of("text"))).isEqualTo("VARCHAR");
        assertThat(dialect.columnType(SqlType.of("VARCHAR(50)"))).isEqualTo("VARCHAR");
        assertThat(dialect.columnType(SqlType.of("int"))).isEqualTo("INTEGER");
        assertThat(dialect.columnType(SqlType.of("decimal(19, 4)"))).isEqualTo("DECIMAL(19,4)");
        assertThat(dialect.columnType(SqlType.of("TIMESTAMPTZ"))).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(dialect.columnType(SqlType.of("DATETIME"))).isEqualTo("TIMESTAMP");
        assertThat(dialect.columnType(SqlType.of("BIGINT"))).isEqualTo("BIGINT");
    }

    @Test
    void classifiesLoadColumnsAndEventValues() {
        assertThat(dialect.loadKind(SqlType.of("TIMESTAMP"))).isEqualTo(LoadKind.TIMESTAMP);
        assertThat(dialect.loadKind(SqlType.of("TIMESTAMPTZ"))).isEqualTo(LoadKind.TIMESTAMP_TZ);
        assertThat(dialect.loadKind(SqlType.of("VARCHAR"))).isEqualTo(LoadKind.EPOCH_TEXT);
        assertThat(dialect.loadKind(SqlType.of("BIGINT"))).isEqualTo(LoadKind.EPOCH_NUMBER);
        assertThat(dialect.loadKind(SqlType.of("DATE"))).isEqualTo(LoadKind.DATE);
        assertThat(dialect.dateKind(SqlType.of("DATE"))).isEqualTo(DateKind.DATE);
        assertThat(dialect.dateKind(SqlType.of("TIMESTAMP WITH TIME ZONE"))).isEqualTo(DateKind.TIMESTAMP_TZ);
        assertThat(dialect.hookType(HookStorage.HASH64)).isEqualTo("BIGINT");
        assertThat(dialect.hookType(HookStorage.MD5)).isEqualTo("VARCHAR");
    }
}
