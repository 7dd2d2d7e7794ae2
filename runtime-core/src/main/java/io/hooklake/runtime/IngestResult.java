package io.hooklake.runtime;

import io.hooklake.generator.ModelName;

/**
 * One load of one landed table.
 *
 * @param relation the landing relation ({@code das.landed__<source>__<table>})
 * @param load the load value given
 * @param rows the rows landed; 0 when {@code alreadyLanded}
 * @param alreadyLanded the table already had this load, so nothing was landed again
 */
public record IngestResult(ModelName relation, String load, long rows, boolean alreadyLanded) {
}
