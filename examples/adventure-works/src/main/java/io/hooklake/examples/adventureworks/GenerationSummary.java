package io.hooklake.examples.adventureworks;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link AdventureWorksData#generate} wrote.
 *
 * @param out the folder with {@code load-NN/<table>.parquet} and {@code loads.tsv}
 * @param loadedAt when each load was loaded, load 1 first
 * @param rows rows per table (sorted by name) and load
 * @param seconds how long it took
 */
public record GenerationSummary(Path out, List<LocalDateTime> loadedAt, Map<String, long[]> rows, double seconds) {

    /** All rows of all tables and loads. */
    public long totalRows() {
        return rows.values().stream().mapToLong(r -> Arrays.stream(r).sum()).sum();
    }

    /** Rows of all tables in one load (1 to n). */
    public long rowsInLoad(int load) {
        return rows.values().stream().mapToLong(r -> r[load - 1]).sum();
    }

    /** One line per load and a total. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int load = 1; load <= loadedAt.size(); load++) {
            text.append(String.format(Locale.ROOT, "%s  loaded_at %s  %,d rows in %d tables%n", LoadWriter.folder(load),
                    Timeline.format(loadedAt.get(load - 1)), rowsInLoad(load), rows.size()));
        }
        text.append(String.format(Locale.ROOT, "%,d rows in %d loads written to %s in %.1f s%n", totalRows(), loadedAt.size(), out, seconds));
        return text.toString();
    }
}
