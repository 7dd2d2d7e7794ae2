package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkParametersTest {

    @Test
    void markersBecomeEscapedStringLiteralsOrNullInOrder() {
        assertThat(SparkParameters.bind("SELECT * FROM t WHERE a > CAST(? AS TIMESTAMP_NTZ) AND (? IS NULL OR b <= ?)",
                "2024-01-01 00:00:00", null, "it's a \\ path"))
                .isEqualTo("SELECT * FROM t WHERE a > CAST('2024-01-01 00:00:00' AS TIMESTAMP_NTZ)"
                        + " AND (NULL IS NULL OR b <= 'it\\'s a \\\\ path')");
    }

    @Test
    void aQuestionMarkInALiteralAnIdentifierOrACommentIsNoMarker() {
        String statement = "SELECT 'what?', \"why?\", 'it\\'s ?', r'raw\\' AS `odd?``name`, x -- really?\n"
                + "/* outer /* inner? */ still? */ FROM t WHERE y = ?";
        assertThat(SparkParameters.bind(statement, "v")).isEqualTo(statement.substring(0, statement.length() - 1) + "'v'");
    }

    @Test
    void theNumberOfValuesMustMatchTheMarkers() {
        assertThatThrownBy(() -> SparkParameters.bind("SELECT ?, ?", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more parameters");
        assertThatThrownBy(() -> SparkParameters.bind("SELECT '?'", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 parameters");
    }
}
