package io.hooklake.examples.adventureworks;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When each load is loaded, and the SQL macros that every generated table and load shares:
 * seeded pseudo-random numbers, and the load times.
 *
 * <p>Synthetic orders run from 2011-05-31 to 2014-06-30 with a density that grows threefold; the
 * first load holds the oldest 80% of the rows, later loads equal shares of the rest, and a load
 * is loaded the day after its newest order. Real loads are monthly, from the first of the month
 * after the data's newest date.
 */
final class Timeline {

    static final LocalDateTime FIRST_ORDER = LocalDateTime.of(2011, 5, 31, 0, 0);
    static final long ORDER_DAYS = ChronoUnit.DAYS.between(LocalDate.of(2011, 5, 31), LocalDate.of(2014, 6, 30));
    /** The share of rows in the first load. */
    static final double FIRST_SHARE = 0.8;
    /** Before the first load: the earliest modified_date of a row in load 1. */
    static final LocalDateTime EPOCH = LocalDateTime.of(2008, 4, 30, 0, 0);

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final List<LocalDateTime> loadedAt;

    private Timeline(List<LocalDateTime> loadedAt) {
        this.loadedAt = List.copyOf(loadedAt);
    }

    /** Loads cut the order period at 80%, then at equal shares of the remaining 20%. */
    static Timeline synthetic(int loads) {
        List<LocalDateTime> at = new ArrayList<>();
        for (int load = 1; load <= loads; load++) {
            double cut = loads == 1 ? 1 : FIRST_SHARE + (1 - FIRST_SHARE) * (load - 1) / (loads - 1);
            at.add(FIRST_ORDER.plusDays((long) Math.ceil(growth(cut) * ORDER_DAYS)).plusDays(1));
        }
        return new Timeline(at);
    }

    /** Monthly loads from the first of the month after {@code newest}. */
    static Timeline monthlyAfter(LocalDateTime newest, int loads) {
        LocalDateTime first = newest.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
        List<LocalDateTime> at = new ArrayList<>();
        for (int load = 0; load < loads; load++) {
            at.add(first.plusMonths(load));
        }
        return new Timeline(at);
    }

    /**
     * Where a share {@code f} of the orders (0 to 1) falls in the order period (0 to 1), for an
     * order density growing linearly from 1 to 3: the inverse of {@code (t + t^2) / 2}.
     */
    static double growth(double f) {
        return (Math.sqrt(1 + 8 * f) - 1) / 2;
    }

    /** The SQL of {@link #growth}. */
    static String growthSql(String f) {
        return "((sqrt(1 + 8 * (" + f + ")) - 1) / 2)";
    }

    int loads() {
        return loadedAt.size();
    }

    LocalDateTime loadedAt(int load) {
        return loadedAt.get(load - 1);
    }

    static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    /** The load (1 to n) that a row at share {@code f} (0 to 1) of a growing table lands in. */
    String loadOf(String f) {
        int loads = loads();
        if (loads == 1) {
            return "1";
        }
        double step = (1 - FIRST_SHARE) / (loads - 1);
        return String.format(Locale.ROOT, "CAST(CASE WHEN (%1$s) < %2$s THEN 1 ELSE least(%3$d, 2 + floor(((%1$s) - %2$s) / %4$s)) END AS INTEGER)",
                f, FIRST_SHARE, loads, step);
    }

    /**
     * Macros: {@code mix(h, salt)} a hash of a hash under a salt; {@code rnd(salt, i)} a number in [0, 1); {@code rint(salt, i, lo, hi)} an integer
     * in [lo, hi]; {@code pick(salt, i, skew, n)} 1 to n, skewed to 1 when skew > 1;
     * {@code guid(salt, i)} an upper case GUID; {@code lat(l)} load l's time and {@code lprev(l)}
     * the one before (for load 1: {@link #EPOCH}); {@code load_of_ts(ts)} the first load after
     * {@code ts} (the last load for later times); {@code between_ts(a, b, r)} a time between a and b.
     */
    void install(Statement s, long seed) throws SQLException {
        // hash(a, b, c) combines the hashes of its arguments so that hashes of the same value under
        // two salts are strongly correlated; hashing the combination once more mixes them apart.
        s.execute("CREATE OR REPLACE MACRO mix(h, salt) AS hash(xor(h, hash(" + seed + ", salt)))");
        s.execute("CREATE OR REPLACE MACRO rnd(salt, i) AS CAST(mix(hash(i), salt) >> 11 AS DOUBLE) / 9007199254740992.0");
        s.execute("CREATE OR REPLACE MACRO rint(salt, i, lo, hi) AS CAST(lo + floor(rnd(salt, i) * (hi - lo + 1)) AS BIGINT)");
        s.execute("CREATE OR REPLACE MACRO pick(salt, i, skew, n) AS CAST(1 + floor(pow(rnd(salt, i), skew) * n) AS BIGINT)");
        s.execute("CREATE OR REPLACE MACRO guid(salt, i) AS upper(regexp_replace(md5(concat(" + seed
                + ", '/', salt, '/', i)), '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\\1-\\2-\\3-\\4-\\5'))");
        StringBuilder at = new StringBuilder();
        StringBuilder prev = new StringBuilder("TIMESTAMP '" + format(EPOCH) + "'");
        for (int load = 1; load <= loads(); load++) {
            at.append(load > 1 ? ", " : "").append("TIMESTAMP '").append(format(loadedAt(load))).append("'");
            if (load < loads()) {
                prev.append(", TIMESTAMP '").append(format(loadedAt(load))).append("'");
            }
        }
        s.execute("CREATE OR REPLACE MACRO lat(l) AS [" + at + "][l]");
        s.execute("CREATE OR REPLACE MACRO lprev(l) AS [" + prev + "][l]");
        StringBuilder loadOf = new StringBuilder("CASE");
        for (int load = 1; load < loads(); load++) {
            loadOf.append(" WHEN ts < lat(").append(load).append(") THEN ").append(load);
        }
        s.execute("CREATE OR REPLACE MACRO load_of_ts(ts) AS " + (loads() == 1 ? "1" : loadOf + " ELSE " + loads() + " END"));
        s.execute("CREATE OR REPLACE MACRO between_ts(a, b, r) AS make_timestamp(CAST(epoch_us(a) + (epoch_us(b) - epoch_us(a)) * (r) AS BIGINT))");
        s.execute("CREATE OR REPLACE MACRO order_ts(f) AS TIMESTAMP '" + format(FIRST_ORDER) + "' + to_days(CAST(floor("
                + growthSql("f") + " * " + ORDER_DAYS + ") AS INTEGER))");
    }
}
