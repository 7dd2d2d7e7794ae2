package io.hooklake.model.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the known name nearest to a wrong one, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The hint {@code did you mean 'x'?} for the candidate closest to {@code wrong}, when one is
     * close enough: at most one edit per five characters of the wrong name (at least one), and
     * fewer edits than either name is long. An edit inserts, deletes, replaces or swaps
     * neighbouring characters; case is ignored.
     */
    static Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?");
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        int allowed = Math.max(1, wrong.length() / 5);
        return candidates.stream()
                .distinct()
                .filter(c -> !c.equals(wrong))
                .filter(c -> distance(wrong, c) <= allowed && distance(wrong, c) < Math.min(wrong.length(), c.length()))
                .min(Comparator.<String>comparingInt(c -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()));
    }

    /** Edit distance with swaps of neighbours (optimal string alignment), ignoring case. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
