package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/** LH108: a frame's table is a table of its source. */
final class TableReferenceRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            document.frameSource(frame).flatMap(document::source).ifPresent(source -> {
                String table = frame.table().value();
                if (document.table(source, table).isEmpty()) {
                    diagnostics.error(ErrorCode.UNKNOWN_TABLE, frame.table().location(),
                            "frame '" + document.frameLabel(frame) + "' uses unknown table '" + table + "' of source '"
                                    + source.name().value() + "'",
                            diagnostics.didYouMean(table, source.tables().stream().map(t -> t.name().value()).toList()));
                }
            });
        }
    }
}
