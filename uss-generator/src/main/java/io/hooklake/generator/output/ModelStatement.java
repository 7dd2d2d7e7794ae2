package io.hooklake.generator.output;

/**
 * The statements of a model that a generation writes, each to a file of its own beside the
 * model's: {@code models/<schema>/<name><suffix>}.
 */
public enum ModelStatement {
    /** The model's whole SELECT. */
    SELECT(".sql", "the model's rows", "SQL"),
    /** Incremental: the entities the loads in a window affect (two parameters: after, until). */
    AFFECTED(".affected.sql", "the entities the loads after parameter 1, up to parameter 2, affect",
            "affected-entities statement"),
    /** Incremental: the model's rows of the affected entities. */
    ROWS(".rows.sql", "the rows of the affected entities", "rows statement"),
    /** Incremental: the model's current rows of every other entity. */
    KEPT(".kept.sql", "the current rows of the entities not affected", "kept-rows statement"),
    /** The grain audit of the whole table. */
    AUDIT(".audit.sql", "grain audit of every row", "audit"),
    /** Incremental: the grain audit of the affected entities' rows. */
    AUDIT_AFFECTED(".audit-affected.sql", "grain audit of the affected entities' rows", "audit of the affected entities"),
    /** A frame: the data checks of its landed rows (two parameters: after, NULL for every load; until). */
    DATA_CHECK(".data-check.sql", "duplicate keys in one load and NULL keys among the rows landed after parameter 1"
            + " (every load when NULL), up to parameter 2", "data check");

    private final String suffix;
    private final String description;
    private final String label;

    ModelStatement(String suffix, String description, String label) {
        this.suffix = suffix;
        this.description = description;
        this.label = label;
    }

    /** Its name in a message: {@code its <label> reads ...}. */
    public String label() {
        return label;
    }

    /** The file name's ending, after the model's name. */
    public String suffix() {
        return suffix;
    }

    /** What it selects, for the file's header. */
    public String description() {
        return description;
    }
}
