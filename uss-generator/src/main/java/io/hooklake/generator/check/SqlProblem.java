package io.hooklake.generator.check;

import io.hooklake.generator.ModelName;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * Something wrong with one model's SQL, found before anything was written.
 *
 * @param code {@code LH230} (does not parse), {@code LH231} (reads a relation not in its upstream),
 *     {@code LH232} (does not read a declared upstream), {@code LH233} (names a table without schema)
 * @param model the model
 * @param file the file it would have been written to, relative to the output directory
 * @param line 1-based line in that file, or 0 when the problem concerns the whole statement
 * @param column 1-based column, or 0
 * @param message what is wrong
 * @param templates the templates that rendered it
 * @param origin the YAML element it comes from, when there is one
 */
public record SqlProblem(
        ErrorCode code,
        ModelName model,
        String file,
        int line,
        int column,
        String message,
        List<String> templates,
        Optional<Location> origin) {

    public SqlProblem {
        templates = List.copyOf(templates);
    }

    /**
     * One line, like a compiler's, located first at the YAML element the model comes from (the
     * statement was not written, so an editor could not open it), then at the statement:
     * {@code frames.yml:20:5: error LH230: model dab.frame__x: ... (statement line 10:50 of
     * models/dab/frame__x.sql, templates duckdb/frame.ftl, ...)}. A model that no YAML element
     * defines (the unified bridge, the calendar) is located at its statement:
     * {@code models/dar/calendar.sql:12:5: error LH230: model dar.calendar: ... (templates ...)}.
     */
    @Override
    public String toString() {
        String at = line == 0 ? file : file + ":" + line + ":" + column;
        String templateList = templates.isEmpty() ? "none" : String.join(", ", templates);
        if (origin.isPresent()) {
            String statement = line == 0 ? file : "line " + line + ":" + column + " of " + file;
            return origin.get() + ": error " + code + ": model " + model.qualified() + ": " + message
                    + " (statement " + statement + ", templates " + templateList + ")";
        }
        return at + ": error " + code + ": model " + model.qualified() + ": " + message + " (templates " + templateList + ")";
    }
}
