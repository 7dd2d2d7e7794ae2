package io.hooklake.testing;

/** Where test rows are landed: one table's rows of one load at a time. */
public interface LoadSink {

    /**
     * Lands rows of one table in one load.
     *
     * @param table the table's name in the project
     * @param load the load column's value as a SQL literal ({@code TIMESTAMP '2024-01-01 00:00:00'},
     *     {@code '1704067200.5'})
     * @param tuples each row's values as SQL literals, one per column of the table but the load column, in order
     */
    void land(String table, String load, String... tuples);
}
