package io.hooklake.generator;

/**
 * A column a model produces.
 *
 * @param name its name
 * @param type its SQL type in the dialect's spelling
 * @param description what it holds
 */
public record ModelColumn(String name, String type, String description) {
}
