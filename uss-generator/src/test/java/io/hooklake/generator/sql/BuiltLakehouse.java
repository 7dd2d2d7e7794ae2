package io.hooklake.generator.sql;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.ModelSet;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.model.Project;
import java.util.List;
import java.util.function.Consumer;

/** A test project, its models, and a DuckDB lakehouse with its loads landed and every model created. */
record BuiltLakehouse(Project project, ModelSet models, TestDatabase lake) implements AutoCloseable {

    static BuiltLakehouse of(String name, Consumer<TestDatabase> loads) {
        return of(TestProjects.load(name), loads);
    }

    static BuiltLakehouse of(Project project, Consumer<TestDatabase> loads) {
        ModelSet set = new UssModelSetBuilder(Dialect.duckdb()).build(project);
        TestDatabase lake = new TestDatabase(project);
        loads.accept(lake);
        lake.create(set);
        return new BuiltLakehouse(project, set, lake);
    }

    Model model(ModelKind kind, String nameEnd) {
        return models.models().stream().filter(m -> m.kind() == kind && m.name().name().endsWith(nameEnd))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " model ending " + nameEnd));
    }

    List<Model> models(ModelKind kind) {
        return models.models().stream().filter(m -> m.kind() == kind).toList();
    }

    String relation(ModelKind kind, String nameEnd) {
        return lake.relation(model(kind, nameEnd).name());
    }

    String relation(ModelName name) {
        return lake.relation(name);
    }

    @Override
    public void close() {
        lake.close();
    }
}
