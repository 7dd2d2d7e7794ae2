package io.hooklake.model.load;

import java.util.Optional;

/** The {@code naming} of the project section as written. */
record NamingDto(
        Optional<Located<String>> rawPrefix,
        Optional<Located<String>> framePrefix,
        Optional<Located<String>> bridgePrefix,
        Optional<Located<String>> eventPrefix,
        Optional<Located<String>> unifiedBridge,
        Optional<Located<String>> calendar,
        Optional<Located<String>> metricPrefix) {

    static NamingDto read(MappingReader m) {
        NamingDto naming = new NamingDto(m.string("raw_prefix"), m.string("frame_prefix"), m.string("bridge_prefix"),
                m.string("event_prefix"), m.string("unified_bridge"), m.string("calendar"),
                m.string("metric_prefix"));
        m.finish();
        return naming;
    }
}
