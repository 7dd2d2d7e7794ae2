package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/**
 * LH107: keysets and frames name declared sources; a frame may leave out its source only when
 * the project has exactly one (else LH103).
 */
final class SourceReferenceRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (KeysetDto keyset : document.keysets()) {
            unknown(document, diagnostics, keyset.source(), "keyset '" + keyset.resolvedName() + "'");
        }
        for (FrameDto frame : document.frames()) {
            if (frame.source().isPresent()) {
                unknown(document, diagnostics, frame.source().get(), "frame '" + document.frameLabel(frame) + "'");
            } else if (document.sourceNames().isEmpty()) {
                diagnostics.error(ErrorCode.UNKNOWN_SOURCE, frame.location(),
                        "frame of table '" + frame.table().value() + "' has no source: the project declares none",
                        "declare the table's source under 'sources'");
            } else if (document.sourceNames().size() > 1) {
                diagnostics.error(ErrorCode.MISSING_KEY, frame.location(),
                        "frame of table '" + frame.table().value() + "' is missing required key 'source'",
                        "the project has " + document.sourceNames().size() + " sources: "
                                + String.join(", ", document.sourceNames()));
            }
        }
    }

    private static void unknown(ProjectDocument document, Diagnostics diagnostics, Located<String> source, String user) {
        if (document.source(source.value()).isEmpty()) {
            diagnostics.error(ErrorCode.UNKNOWN_SOURCE, source.location(), user + " uses unknown source '" + source.value() + "'",
                    diagnostics.didYouMean(source.value(), document.sourceNames()));
        }
    }
}
