package io.hooklake.model.load;

import java.util.Locale;

/**
 * How big a project may be (LH125). Every limit is far above what a real project needs and low
 * enough that any input is read, or refused, in seconds and bounded memory: past them a parser or
 * a generated statement would grow out of proportion. {@code docs/yaml-reference.md} lists them
 * with the reasons.
 */
final class Limits {

    /** One YAML file (or dlt schema); a generated file of 1,700 tables of 20 columns has 3.3 MB. */
    static final long FILE_BYTES = 8L << 20;
    /** All YAML files of a project together. */
    static final long PROJECT_BYTES = 64L << 20;
    /** YAML files in a project folder. */
    static final int FILES = 20_000;
    /**
     * Characters in one line. SnakeYAML scans a line (a comment, a line of a block text) or a run
     * of characters without a blank in time that grows with the square of its length: a 1 MB
     * word took seconds, a 20 MB one would take hours. With this limit, a file of the largest size
     * made of the longest lines reads in well under a second. A description of the largest
     * length still fits on one line.
     */
    static final int LINE_LENGTH = 20_000;
    /** Levels of mappings and lists inside each other; a project nests 5 deep, a dlt schema 7. */
    static final int NESTING = 64;
    /** Values of one file, counting every value an alias repeats, so a few aliases cannot make millions. */
    static final int VALUES = 2_000_000;

    /** Characters of a name, a key, a type or a path: any value other than a description or an expression. */
    static final int NAME_LENGTH = 255;
    /** Characters of a column type such as {@code STRUCT(...)}. */
    static final int TYPE_LENGTH = 1_024;
    /** Characters of an {@code expression}. */
    static final int EXPRESSION_LENGTH = 8_192;
    /** Characters of a {@code description}. */
    static final int DESCRIPTION_LENGTH = 16_384;

    /**
     * Bytes of a model's name in UTF-8. A model's statements are files named after it, the longest
     * {@code <model>.audit-affected.sql}, and a landed table's {@code landed__<source>__<table>.load-time.sql};
     * with 24 bytes to spare for such endings, each file name stays within the 255 bytes that
     * common file systems allow.
     */
    static final int MODEL_NAME_BYTES = 231;

    /** Sources of a project. */
    static final int SOURCES = 1_000;
    /** Tables of a source. */
    static final int TABLES = 10_000;
    /** Columns of a table. */
    static final int COLUMNS = 2_000;
    /** Concepts, keysets or frames of a project (each). */
    static final int FRAMES = 10_000;
    /** Hooks and composite hooks of a frame, together. */
    static final int HOOKS = 500;
    /** Events of a frame. */
    static final int EVENTS = 500;
    /** Items of a short list: a grain, a primary key, a composite hook's parts, a taxonomy. */
    static final int LIST_ITEMS = 1_000;

    private Limits() {
    }

    /** The most characters a text value of {@code key} may have. */
    static int length(String key) {
        return switch (key) {
            case "description" -> DESCRIPTION_LENGTH;
            case "expression", "filter" -> EXPRESSION_LENGTH;
            case "type" -> TYPE_LENGTH;
            default -> NAME_LENGTH;
        };
    }

    /** A count as printed in a message: {@code 16,384}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A size in bytes as printed in a message: {@code 8 MiB}, {@code 20.5 MiB}, {@code 300 bytes}. */
    static String bytes(long n) {
        if (n < 1L << 20) {
            return count(n) + " bytes";
        }
        double mib = n / (double) (1L << 20);
        return (mib == Math.rint(mib) ? String.format(Locale.ROOT, "%d", (long) mib) : String.format(Locale.ROOT, "%.1f", mib))
                + " MiB";
    }
}
