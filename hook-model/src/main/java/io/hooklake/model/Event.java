package io.hooklake.model;

import io.hooklake.model.diagnostic.Location;

/**
 * An explicit event of a frame: a named date or timestamp, besides the frame's date columns,
 * which are events too.
 *
 * @param name its name; the event bridge flags it as {@code event__<name>}
 * @param value the column or expression that gives its date or timestamp
 * @param location where it was declared
 */
public record Event(EventName name, ValueSource value, Location location) {
}
