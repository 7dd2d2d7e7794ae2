package io.hooklake.runtime.landing;

import io.hooklake.generator.contract.LandedTable;
import java.time.LocalDateTime;

/**
 * One load of one landed table, ready to be appended: the rows of {@code select} (a column per
 * payload column, by name), the load value and the load's time as the table's load-time
 * statement computed it.
 */
public record TableLoad(LandedTable table, String load, LocalDateTime loadTime, String select) {
}
