package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;

/** The generator's dialect and naming strategy, for the few names the runtime writes itself. */
final class SqlNames {

    private final Dialect dialect = Dialect.duckdb();
    // The affected relation's name does not depend on the project's settings.
    private final NamingStrategy naming = new NamingStrategy(ProjectSettings.defaults(ProjectName.of("runtime")));

    String identifier(String name) {
        return dialect.identifier(name);
    }

    String quoted(String name) {
        return dialect.quoted(name);
    }

    String relation(ModelName name) {
        return dialect.relation(name);
    }

    /** The temporary relation holding the entities an incremental run of {@code model} recomputes. */
    ModelName affected(ModelName model) {
        return naming.affected(model);
    }

    Dialect dialect() {
        return dialect;
    }
}
