package io.hooklake.runtime.landing;

/**
 * Values of one input column that a cast to the column's declared type would change.
 *
 * @param column the column's name
 * @param found its type in the input, as the engine reads it
 * @param declared its declared type
 * @param count how many values would change
 * @param row the first such value's row, 1 for the first data row
 * @param example that value, as text
 */
public record LossyValues(String column, String found, String declared, long count, long row, String example) {

    /** {@code column x (DOUBLE in the file, declared INTEGER): 2 values would change, the first in row 2: 2.5}. */
    public String describe() {
        return "column " + column + " (" + found + " in the file, declared " + declared + "): "
                + String.format("%,d", count) + " value" + (count == 1 ? "" : "s") + " would change, the first in row "
                + row + ": " + example;
    }
}
