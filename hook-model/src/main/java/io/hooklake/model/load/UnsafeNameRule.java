package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.Naming;
import io.hooklake.model.diagnostic.Location;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * LH126: names that become part of a file name or a SQL name can. Other names are plain SQL
 * identifiers ({@link SqlIdentifierRule}); table and column names may be spelled any way, since
 * they are quoted in SQL, but:
 * <ul>
 *   <li>a table's name is part of the file of its raw model ({@code models/<schema>/<raw_prefix>__<source>__<table>.sql})
 *       and of the folder its loads land in, so it may hold none of {@code / \ : * ? " < > |}
 *       (folder separators and what Windows refuses), no control character, and may not end in
 *       a space or a dot (which Windows drops);</li>
 *   <li>a column's name, the load column's included, may hold no control character (a line break
 *       would end a SQL comment or a diagnostic's line);</li>
 *   <li>every model's name has at most {@value Limits#MODEL_NAME_BYTES} bytes in UTF-8, so that
 *       the names of its files fit in what common file systems allow.</li>
 * </ul>
 */
final class UnsafeNameRule implements ProjectRule {

    /** Characters a file name may not hold on some common file system. */
    private static final String NOT_IN_FILE_NAMES = "/\\:*?\"<>|";

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        Naming naming = document.naming();
        for (SourceDto source : document.sources()) {
            for (TableDto table : source.tables()) {
                Located<String> name = table.name();
                Optional<String> problem = tableProblem(name.value());
                if (problem.isPresent()) {
                    diagnostics.error(ErrorCode.UNSAFE_NAME, name.location(), "table name '" + name.value()
                            + "' " + problem.get() + ", but it becomes part of a file name",
                            "rename the table in the source, or land it under another name");
                } else {
                    modelName(diagnostics, naming.rawPrefix() + "__" + source.name().value() + "__" + name.value(),
                            "the raw model of table '" + name.value() + "'", name.location(),
                            "shorten the table's or the source's name");
                }
                table.loadColumn().or(source::loadColumn).filter(c -> hasControl(c.value())).ifPresent(c ->
                        diagnostics.error(ErrorCode.UNSAFE_NAME, c.location(), "load column name '" + c.value()
                                + "' holds a control character such as a line break", "rename the load column"));
                for (ColumnDto column : table.columns()) {
                    if (hasControl(column.name().value())) {
                        diagnostics.error(ErrorCode.UNSAFE_NAME, column.name().location(), "column name '"
                                + column.name().value() + "' of table '" + name.value()
                                + "' holds a control character such as a line break",
                                "rename the column in the source");
                    }
                }
            }
        }
        for (FrameDto frame : document.frames()) {
            document.frameName(frame).filter(SqlIdentifierRule::isIdentifier).ifPresent(name -> {
                String longest = longest(naming.framePrefix(), naming.bridgePrefix(), naming.eventPrefix());
                modelName(diagnostics, longest + "__" + name, "the models of frame '" + name + "'",
                        document.frameNameLocation(frame), frame.name().isPresent() ? "shorten the frame's name"
                                : "give the frame a shorter 'name'");
            });
        }
        document.metrics().stream().filter(m -> SqlIdentifierRule.isIdentifier(m.name().value())).forEach(m ->
                modelName(diagnostics, naming.metricPrefix() + "__" + m.name().value(),
                        "the model of metric '" + m.name().value() + "'", m.name().location(), "shorten the metric's name"));
    }

    /** Why a table name cannot be part of a file name, if it cannot. */
    static Optional<String> tableProblem(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (NOT_IN_FILE_NAMES.indexOf(c) >= 0) {
                return Optional.of("holds '" + c + "'");
            }
            if (isControl(c)) {
                return Optional.of("holds a control character such as a line break");
            }
        }
        if (name.endsWith(" ") || name.endsWith(".")) {
            return Optional.of("ends in " + (name.endsWith(" ") ? "a space" : "a dot"));
        }
        return Optional.empty();
    }

    private static void modelName(Diagnostics diagnostics, String model, String which, Location location, String hint) {
        int bytes = model.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Limits.MODEL_NAME_BYTES) {
            diagnostics.error(ErrorCode.UNSAFE_NAME, location, "the name of " + which + " would have " + bytes
                    + " bytes, more than the " + Limits.MODEL_NAME_BYTES + " a model's name may have so that its"
                    + " files' names (such as <model>.audit-affected.sql) stay within 255", hint);
        }
    }

    private static String longest(String... names) {
        String longest = "";
        for (String name : names) {
            longest = name.length() > longest.length() ? name : longest;
        }
        return longest;
    }

    private static boolean hasControl(String name) {
        return name.chars().anyMatch(c -> isControl((char) c));
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
