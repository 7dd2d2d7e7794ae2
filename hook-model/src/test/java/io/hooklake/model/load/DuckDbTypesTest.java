package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuckDbTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"BIGINT", "integer", "DECIMAL(19,4)", "decimal( 38 , 9 )", "VARCHAR(50)", "VARCHAR[]",
        "INTEGER[3]", "TIMESTAMP WITH TIME ZONE", "timestamptz", "DOUBLE PRECISION", "STRUCT(a INTEGER, b VARCHAR)",
        "MAP(VARCHAR, INTEGER)", "ENUM('a', 'b')", "UUID", "BLOB"})
    void acceptsDuckDbTypes(String type) {
        assertThat(DuckDbTypes.isValid(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIGINTEGER", "VARCHAR(", "DECIMAL(a,b)", "STRUCT(a INTEGER", "NUMBER", "INT INT", "MAP"})
    void rejectsWhatIsNoDuckDbType(String type) {
        assertThat(DuckDbTypes.isValid(type)).isFalse();
    }
}
