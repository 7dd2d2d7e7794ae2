package io.hooklake.generator.sql;

import java.util.List;

/**
 * A rendered statement and the template files that produced it.
 *
 * @param sql the statement, LF line ends, ending with one newline
 * @param templates the template and every macro library it imports, transitively, sorted, as
 *     paths under the templates root ({@code duckdb/frame.ftl}, {@code duckdb/lib/hook.ftl})
 */
public record Rendered(String sql, List<String> templates) {

    public Rendered {
        templates = List.copyOf(templates);
    }
}
