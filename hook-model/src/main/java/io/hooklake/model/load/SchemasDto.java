package io.hooklake.model.load;

import java.util.Optional;

/** The {@code schemas} of the project section as written. */
record SchemasDto(
        Optional<Located<String>> das,
        Optional<Located<String>> dab,
        Optional<Located<String>> darStaging,
        Optional<Located<String>> dar) {

    static SchemasDto read(MappingReader m) {
        SchemasDto schemas = new SchemasDto(m.string("das"), m.string("dab"), m.string("dar_staging"), m.string("dar"));
        m.finish();
        return schemas;
    }
}
