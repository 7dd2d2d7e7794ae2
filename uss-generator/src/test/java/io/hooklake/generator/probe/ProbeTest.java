package io.hooklake.generator.probe;

import java.sql.*;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads=1");
            s.execute("CREATE TABLE t AS SELECT 'customer__adventure_works|' || CAST(i AS VARCHAR) || '~epoch__valid_from|2024-01-01 00:00:00.000000' AS x FROM range(2000000) r(i)");
            String[][] v = {
                {"hexhuge2", "CAST(((CAST(('0x' || substr(md5(x), 1, 16)) AS HUGEINT) + 9223372036854775808) % 18446744073709551616) - 9223372036854775808 AS BIGINT)"},
                {"hexand", "CAST(((CAST(('0x' || substr(md5(x), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)"},
                {"xor", "CAST(CAST(xor(CAST('0x' || substr(md5(x), 1, 16) AS UBIGINT), CAST(9223372036854775808 AS UBIGINT)) AS HUGEINT) - 9223372036854775808 AS BIGINT)"},
                {"hexhuge2b", "CAST(((CAST(('0x' || substr(md5(x), 1, 16)) AS HUGEINT) + 9223372036854775808) % 18446744073709551616) - 9223372036854775808 AS BIGINT)"},
                {"md5only", "md5(x)"},
            };
            for (String[] q : v) {
                try (Statement s2 = c.createStatement(); ResultSet r = s2.executeQuery("SELECT " + q[1].replace("(x)", "('abc')").replace(" x)", " 'abc')") + " FROM (SELECT 1)")) { r.next(); System.out.println("VAL " + q[0] + " " + r.getString(1)); } catch (SQLException e) { System.out.println("VAL " + q[0] + " ERR " + e.getMessage()); }
                try (Statement s2 = c.createStatement(); ResultSet r = s2.executeQuery("SELECT " + q[1].replace("md5(x)", "md5('ffff')") + " FROM (SELECT 1)")) { r.next(); } catch (SQLException e) { }
                for (int round = 0; round < 2; round++) {
                    long t0 = System.nanoTime();
                    try (Statement s2 = c.createStatement(); ResultSet r = s2.executeQuery("SELECT sum(hash(v)) FROM (SELECT " + q[1] + " AS v FROM t)")) { r.next(); System.out.println("TIME " + q[0] + " " + (System.nanoTime() - t0) / 1_000_000 + " ms"); } catch (SQLException e) { System.out.println("TIME " + q[0] + " ERR " + e.getMessage()); break; }
                }
            }
            try (Statement s2 = c.createStatement(); ResultSet r = s2.executeQuery("SELECT count(*) FILTER (WHERE a <> b) FROM (SELECT CAST(((CAST(CAST('0x' || substr(md5(x), 1, 16) AS UBIGINT) AS HUGEINT) + 9223372036854775808) % 18446744073709551616) - 9223372036854775808 AS BIGINT) a, CAST(CAST(xor(CAST('0x' || substr(md5(x), 1, 16) AS UBIGINT), CAST(9223372036854775808 AS UBIGINT)) AS HUGEINT) - 9223372036854775808 AS BIGINT) b FROM t)")) { r.next(); System.out.println("DIFF " + r.getString(1)); }
        }
    }
}
