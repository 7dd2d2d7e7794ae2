package io.hooklake.model.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints: the known name nearest to a wrong one, by edit distance.
 *
 * <p>Comparing every wrong name with every known one is quadratic in a large project with many
 * mistakes (10,000 misspelt keysets among 10,000 keysets). So the distance is only computed
 * within the number of edits a hint allows (a band of the table, given up as soon as a row exceeds
 * it), candidates whose length alone rules them out are skipped, and one load spends at most a
 * {@link Budget} on hints: past it, diagnostics come without a hint, never late.
 */
final class Suggestions {

    /** Table cells a load may compute for hints: about a tenth of a second. */
    static final long LOAD_BUDGET = 20_000_000L;

    private Suggestions() {
    }

    /** What hints may still cost in one load. */
    static final class Budget {

        private long cells;

        Budget(long cells) {
            this.cells = cells;
        }

        static Budget unlimited() {
            return new Budget(Long.MAX_VALUE);
        }

        /** Whether {@code n} more cells may be computed; if so they are spent. */
        boolean spend(long n) {
            if (n > cells) {
                cells = 0;
                return false;
            }
            cells -= n;
            return true;
        }
    }

    /**
     * The hint {@code did you mean 'x'?} for the candidate closest to {@code wrong}, when one is
     * close enough: at most one edit per five characters of the wrong name (at least one), and
     * fewer edits than either name is long. An edit inserts, deletes, replaces or swaps
     * neighbouring characters; case is ignored.
     */
    static Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        return didYouMean(wrong, candidates, Budget.unlimited());
    }

    static Optional<String> didYouMean(String wrong, Collection<String> candidates, Budget budget) {
        return closest(wrong, candidates, budget).map(c -> "did you mean '" + c + "'?");
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates, Budget.unlimited());
    }

    static Optional<String> closest(String wrong, Collection<String> candidates, Budget budget) {
        int allowed = Math.max(1, wrong.length() / 5);
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong) || Math.abs(candidate.length() - wrong.length()) > allowed) {
                continue;
            }
            if (!budget.spend((long) wrong.length() * (2L * allowed + 1))) {
                return Optional.empty();
            }
            int d = banded(lowerWrong, candidate.toLowerCase(Locale.ROOT), allowed);
            if (d <= allowed && d < Math.min(wrong.length(), candidate.length())
                    && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edit distance with swaps of neighbours (optimal string alignment), ignoring case. */
    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * Edit distance with swaps of neighbours (optimal string alignment), ignoring case, when it is
     * at most {@code max}; otherwise some number above {@code max}. Only cells within {@code max}
     * of the diagonal are computed.
     */
    static int distance(String a, String b, int max) {
        return banded(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT), max);
    }

    /** {@link #distance(String, String, int)} of two names already in lower case. */
    private static int banded(String x, String y, int max) {
        int n = x.length();
        int m = y.length();
        int beyond = max + 1;
        if (Math.abs(n - m) > max) {
            return beyond;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, beyond);
            for (int j = 1; j < from; j++) {
                current[j] = beyond;
            }
            int rowMin = from == 1 ? current[0] : beyond;
            for (int j = from; j <= to; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int d = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = Math.min(d, beyond);
                rowMin = Math.min(rowMin, current[j]);
            }
            for (int j = to + 1; j <= m; j++) {
                current[j] = beyond;
            }
            if (rowMin > max) {
                return beyond;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }
}
