package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import java.util.Set;

/**
 * LH109: the columns that a hook's business key, a frame's grain, an event and a table's primary
 * key name are columns of the table (its load column included).
 */
final class ColumnReferenceRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (SourceDto source : document.sources()) {
            for (TableDto table : source.tables()) {
                Set<String> columns = document.columnNames(source, table);
                table.primaryKey().forEach(key -> check(diagnostics, key, columns,
                        "primary key of table '" + table.name().value() + "'", ""));
            }
        }
        for (FrameDto frame : document.frames()) {
            document.columnNames(frame).ifPresent(columns -> {
                String table = " of table '" + frame.table().value() + "'";
                String frameName = document.frameLabel(frame);
                frame.grain().ifPresent(grain -> grain.forEach(column ->
                        check(diagnostics, column, columns, "grain of frame '" + frameName + "'", table)));
                frame.hooks().forEach(hook -> hook.businessKey().ifPresent(key -> check(diagnostics, key, columns,
                        "hook " + "'" + document.hookLabel(hook) + "'", table)));
                frame.events().forEach(event -> event.column().ifPresent(column -> check(diagnostics, column, columns,
                        "event '" + event.name().value() + "' of frame '" + frameName + "'", table)));
            });
        }
    }

    private static void check(Diagnostics diagnostics, Located<String> column, Set<String> columns, String user, String ofTable) {
        if (!columns.contains(column.value())) {
            diagnostics.error(ErrorCode.UNKNOWN_COLUMN, column.location(), user + " uses unknown column '" + column.value() + "'" + ofTable,
                    diagnostics.didYouMean(column.value(), columns));
        }
    }
}
