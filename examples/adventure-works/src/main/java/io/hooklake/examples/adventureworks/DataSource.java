package io.hooklake.examples.adventureworks;

import java.util.Locale;

/** Where the generated loads take their rows from. */
public enum DataSource {
    /** Rows made up from a seed, shaped like AdventureWorks; needs nothing but this project. */
    SYNTHETIC,
    /** The real AdventureWorks Parquet files (a folder like {@code ../shared/data/adventure-works}), split into loads. */
    REAL;

    /** {@code synthetic} or {@code real}, in any case. */
    public static DataSource parse(String text) {
        for (DataSource source : values()) {
            if (source.name().equalsIgnoreCase(text.strip())) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + text + "': use synthetic or real");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
