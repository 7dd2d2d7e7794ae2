package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A source system and the raw tables landed from it.
 *
 * @param name the source system's name, such as {@code adventure_works}
 * @param description free text, empty when not given
 * @param tables its raw tables
 * @param location where it was declared
 */
public record Source(SourceName name, String description, List<Table> tables, Location location) {

    public Source {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(TableName table) {
        return tables.stream().filter(t -> t.name().equals(table)).findFirst();
    }
}
