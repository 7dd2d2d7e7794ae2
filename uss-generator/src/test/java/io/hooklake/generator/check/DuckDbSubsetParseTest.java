package io.hooklake.generator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code docs/sql-subset.md} true: the DuckDB constructs the templates use parse with the
 * JSqlParser in the build, and the ones listed as unsupported still fail (when one starts to
 * parse after an upgrade, move it in the note).
 */
class DuckDbSubsetParseTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "WITH x AS (SELECT 1 AS a FROM das.t), y AS (SELECT * FROM x) SELECT a FROM y",
        "SELECT row_number() OVER (PARTITION BY a ORDER BY b) AS rn, lag(b, 1, NULL) OVER (PARTITION BY a ORDER BY b) FROM das.t",
        "SELECT lead(a) OVER (PARTITION BY k ORDER BY b ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) FROM das.t",
        "SELECT last_value(a IGNORE NULLS) OVER (ORDER BY b) FROM das.t",
        "SELECT a, b FROM das.t QUALIFY row_number() OVER (PARTITION BY a ORDER BY b DESC) = 1",
        "SELECT a FROM das.t UNION ALL BY NAME SELECT b FROM das.u",
        "SELECT concat_ws('~', a, b), 'k|' || a FROM das.t",
        "SELECT a::VARCHAR, b::DECIMAL(19,4), (a || 'x')::VARCHAR, a::VARCHAR[], 'infinity'::TIMESTAMP FROM das.t",
        "SELECT md5(a::VARCHAR), sha256(a), hash(a) FROM das.t",
        "SELECT d.day FROM generate_series(DATE '2020-01-01', DATE '2020-12-31', INTERVAL 1 DAY) AS d(day)",
        "SELECT * FROM generate_series((SELECT min(x) FROM dab.f), (SELECT max(x) FROM dab.f), INTERVAL '1 day') AS g(d)",
        "SELECT * FROM range(DATE '2020-01-01', DATE '2021-01-01', INTERVAL 1 DAY) AS r(d)",
        "SELECT unnest([1, 2, 3]) AS x FROM das.t",
        "SELECT t.a, u.x FROM das.t, UNNEST(t.arr) AS u(x)",
        "SELECT unnest([{'n': 'a', 'd': d1}, {'n': 'b', 'd': d2}], recursive := true) FROM das.t",
        "SELECT * FROM das.t UNPIVOT INCLUDE NULLS (val FOR col IN (a, b))",
        "SELECT * EXCLUDE (a, b) FROM das.t",
        "SELECT t.* EXCLUDE (a) REPLACE (b + 1 AS b) FROM das.t AS t",
        "SELECT DATE '2020-01-01' + INTERVAL 1 DAY, INTERVAL '1 day', INTERVAL '1' DAY, a - INTERVAL 3 MONTH FROM das.t",
        "SELECT COLUMNS('foo.*'), COLUMNS(* EXCLUDE (a)) FROM das.t",
        "SELECT [1, 2, 3] AS l, [] AS e, {'a': 1, 'b': 'x'} AS s, l[1], s['b'] FROM das.t",
        "SELECT TRY_CAST(a AS INTEGER), CAST(a AS DECIMAL(19,4)) FROM das.t",
        "SELECT strftime(d, '%Y-%m-%d'), EXTRACT(year FROM d), dayname(d), date_trunc('month', d) FROM das.t",
        "SELECT * FROM das.t AS a ASOF LEFT JOIN das.u AS b ON a.k = b.k AND a.ts >= b.ts",
        "SELECT a, count(*) FILTER (WHERE a > 1) FROM das.t GROUP BY ALL ORDER BY ALL",
        "SELECT DISTINCT ON (a) a, b FROM das.t WHERE a IS DISTINCT FROM b ORDER BY a, b",
        "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name)",
        "SELECT * FROM das.t LEFT JOIN LATERAL (SELECT * FROM das.u WHERE u.k = t.k) AS l ON true",
        "SELECT list_transform(l, x -> x + 1), greatest(a, b), least(a, b), max_by(a, b) FROM das.t",
    })
    void parses(String sql) {
        assertThat(SqlChecker.parse(sql)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UNPIVOT das.t ON a, b INTO NAME col VALUE val",
        "SELECT * EXCLUDE a FROM das.t",
        "SELECT a GLOB 'x*' FROM das.t",
    })
    void doesNotParse(String sql) {
        assertThatThrownBy(() -> SqlChecker.parse(sql)).isInstanceOf(SqlChecker.UnparsableSql.class);
    }
}
