package io.hooklake.generator.sql;
import io.hooklake.generator.dialect.Dialect;
import org.junit.jupiter.api.Test;
class DumpSparkTest {
    @Test
    void dump() throws Exception {
        var set = new UssModelSetBuilder(Dialect.spark()).build(TestProjects.load(System.getProperty("p", "keys")));
        for (var m : set.models()) java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/sd/" + m.name().qualified() + ".sql"), m.sql());
    }
}
