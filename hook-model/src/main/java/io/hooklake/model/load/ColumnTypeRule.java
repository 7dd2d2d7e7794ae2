package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;

/** LH120: every column written in YAML has a DuckDB type (dlt types are checked when read). */
final class ColumnTypeRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (SourceDto source : document.sources()) {
            for (TableDto table : source.tables()) {
                for (ColumnDto column : table.columns()) {
                    String type = column.type().value();
                    if (!DuckDbTypes.isValid(type)) {
                        diagnostics.error(ErrorCode.INVALID_TYPE, column.type().location(),
                                "column '" + column.name().value() + "' of table '" + table.name().value()
                                        + "' has invalid type '" + type + "'",
                                hint(type, diagnostics));
                    }
                }
            }
        }
    }

    private static String hint(String type, Diagnostics diagnostics) {
        String base = DuckDbTypes.baseName(type);
        if (DuckDbTypes.NAMES.contains(base)) {
            return "check its parameters, written like DECIMAL(19,4) or VARCHAR[]";
        }
        return diagnostics.didYouMean(base, DuckDbTypes.NAMES)
                .orElse("use a DuckDB type such as VARCHAR, BIGINT, DECIMAL(19,4), DATE or TIMESTAMP");
    }
}
