package io.hooklake.generator.output;

import java.util.List;

/**
 * What writing the output did, each list sorted, paths relative to the output directory.
 *
 * @param written files created or replaced because their content changed
 * @param unchanged files left alone because they already held exactly that content
 * @param deleted stale generated files removed
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted) {

    public WriteResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }
}
