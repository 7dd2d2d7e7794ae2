package io.hooklake.model.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" hints: the known name nearest to a wrong one, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The hint {@code did you mean 'x'?} for the candidate closest to {@code wrong}, when one is
     * close enough: at most a third of the wrong name's length apart (at least 2 edits allowed), and
     * fewer edits than either name is long.
     */
    static Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?");
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        int allowed = Math.max(2, wrong.length() / 3);
        return candidates.stream()
                .distinct()
                .filter(c -> !c.equals(wrong))
                .filter(c -> distance(wrong, c) <= allowed && distance(wrong, c) < Math.min(wrong.length(), c.length()))
                .min(Comparator.<String>comparingInt(c -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance, ignoring case differences. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
