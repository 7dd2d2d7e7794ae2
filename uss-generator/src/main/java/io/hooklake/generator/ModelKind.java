package io.hooklake.generator;

/** The kinds of generated model, one FreeMarker template each. */
public enum ModelKind {
    /** DAS: a view over a raw table as landed. */
    RAW,
    /** DAB: a HOOK frame, source columns + hooks + record history. */
    FRAME,
    /** DAR staging: a cascading point-in-time bridge. */
    BRIDGE,
    /** DAR staging: a bridge exploded by event dates. */
    EVENT_BRIDGE,
    /** DAR: a frame's columns without its foreign hooks, plus a ghost record. */
    PERIPHERAL,
    /** DAR: all event bridges stacked, {@code _bridge__as_of}. */
    UNIFIED_BRIDGE,
    /** DAR: one row per date over the event dates' range. */
    CALENDAR,
    /** DAR: a metric, its events counted or measured per day and split attribute. */
    METRIC
}
