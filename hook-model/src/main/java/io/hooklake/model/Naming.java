package io.hooklake.model;

/**
 * The naming conventions of generated models, changeable in one place (the project file).
 * A frame named {@code adventure_works__addresses} gives the models
 * {@code frame__adventure_works__addresses}, {@code bridge__adventure_works__addresses},
 * {@code event__adventure_works__addresses} and the peripheral {@code adventure_works__addresses};
 * a raw table {@code addresses} of source {@code adventure_works} gives
 * {@code raw__adventure_works__addresses}.
 *
 * @param rawPrefix prefix of raw views ({@code raw})
 * @param framePrefix prefix of frames ({@code frame})
 * @param bridgePrefix prefix of point-in-time bridges ({@code bridge})
 * @param eventPrefix prefix of event bridges ({@code event})
 * @param unifiedBridge name of the unified bridge ({@code _bridge__as_of})
 * @param calendar name of the calendar ({@code calendar})
 * @param metricPrefix prefix of metric models ({@code metric}): metric {@code orders} is {@code metric__orders}
 */
public record Naming(
        String rawPrefix,
        String framePrefix,
        String bridgePrefix,
        String eventPrefix,
        String unifiedBridge,
        String calendar,
        String metricPrefix) {

    public static final Naming DEFAULT = new Naming("raw", "frame", "bridge", "event", "_bridge__as_of", "calendar",
            "metric");

    /** The conventions with the default metric prefix. */
    public Naming(String rawPrefix, String framePrefix, String bridgePrefix, String eventPrefix, String unifiedBridge,
            String calendar) {
        this(rawPrefix, framePrefix, bridgePrefix, eventPrefix, unifiedBridge, calendar, "metric");
    }
}
