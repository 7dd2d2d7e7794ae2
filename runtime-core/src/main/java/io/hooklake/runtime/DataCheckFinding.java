package io.hooklake.runtime;

import io.hooklake.generator.ModelName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a frame's data checks found among the rows landed in the loads a run took in: keys with
 * two or more different rows in one load (only one of them becomes the version) and rows with a
 * NULL key (which the frame leaves out).
 *
 * @param frame the frame
 * @param table the landed table it reads (its raw view)
 * @param file the generated data-check statement
 * @param duplicateKeys keys with two or more different rows in one load
 * @param duplicateRows the rows of those keys
 * @param duplicateExample the smallest such key with its load, or null
 * @param nullKeyRows rows with a NULL key
 * @param nullKeyExample the smallest such row's key (NULL written {@code NULL}) with its load, or null
 */
public record DataCheckFinding(ModelName frame, ModelName table, String file, long duplicateKeys, long duplicateRows,
        String duplicateExample, long nullKeyRows, String nullKeyExample) {

    /** Whether anything was found. */
    public boolean any() {
        return duplicateKeys > 0 || nullKeyRows > 0;
    }

    /** The finding in a user's words: the table, the counts and an example key of each kind. */
    public String message() {
        List<String> parts = new ArrayList<>();
        if (duplicateKeys > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s with different rows in one load (%,d rows; one row of each"
                    + " key is kept), for example %s", duplicateKeys, duplicateKeys == 1 ? "key" : "keys", duplicateRows,
                    duplicateExample));
        }
        if (nullKeyRows > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s with a NULL key (left out), for example %s", nullKeyRows,
                    nullKeyRows == 1 ? "row" : "rows", nullKeyExample));
        }
        return "data check of " + table + " (frame " + frame + "): " + String.join("; ", parts);
    }
}
