package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tables of a dlt schema export ({@code tables: <table>: {description, columns: <column>:
 * {data_type, nullable, primary_key, precision, scale, timezone, description}}}). The file is dlt's
 * format, not ours: keys this reader does not use are ignored, dlt's own tables
 * ({@code _dlt_*}) are skipped, and so is its row key column {@code _dlt_id}. A file that cannot be read or lacks {@code tables} is LH119; a
 * column whose {@code data_type} is unknown or missing is LH120.
 */
final class DltSchemaReader {

    private static final ErrorCode CODE = ErrorCode.DLT_SCHEMA;

    /**
     * dlt's row key, new for every row of every load: left out, since it would make every reload
     * of an unchanged record look like a change.
     */
    private static final String ROW_KEY = "_dlt_id";

    private final Located<String> reference;
    private final Path file;
    private final Diagnostics diagnostics;

    private DltSchemaReader(Located<String> reference, Path file, Diagnostics diagnostics) {
        this.reference = reference;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * The tables of the dlt schema {@code file}, which {@code reference} names; a file that does
     * not exist or cannot be read is reported where it is named.
     */
    static List<TableDto> read(Located<String> reference, Path file, Diagnostics diagnostics) {
        return new DltSchemaReader(reference, file, diagnostics).read();
    }

    private List<TableDto> read() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            diagnostics.error(CODE, reference.location(), "cannot read dlt schema '" + reference.value() + "': "
                    + (Files.exists(file) ? "not a readable file" : "no such file"));
            return List.of();
        }
        Optional<List<YamlNode>> documents = YamlTreeReader.read(file, diagnostics, CODE);
        if (documents.isEmpty()) {
            return List.of();
        }
        if (documents.get().size() != 1 || !(documents.get().get(0) instanceof YamlNode.Mapping root)) {
            Location where = documents.get().isEmpty() ? new Location(file, 1, 1) : documents.get().get(0).location();
            diagnostics.error(CODE, where, "dlt schema must be one mapping with a 'tables' key");
            return List.of();
        }
        Optional<YamlNode.Entry> tables = root.entry("tables");
        if (tables.isEmpty() || !(tables.get().value() instanceof YamlNode.Mapping tableMapping)) {
            diagnostics.error(CODE, tables.map(YamlNode.Entry::keyLocation).orElse(root.location()),
                    "dlt schema has no 'tables' mapping");
            return List.of();
        }
        List<TableDto> result = new ArrayList<>();
        for (YamlNode.Entry entry : tableMapping.entries()) {
            if (!entry.key().startsWith("_dlt_")) {
                table(entry).ifPresent(result::add);
            }
        }
        return result;
    }

    private Optional<TableDto> table(YamlNode.Entry entry) {
        if (!(entry.value() instanceof YamlNode.Mapping table)) {
            diagnostics.error(CODE, entry.value().location(), "dlt table '" + entry.key() + "' must be a mapping");
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> columns = table.entry("columns").map(YamlNode.Entry::value)
                .filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast);
        if (columns.isEmpty()) {
            diagnostics.error(CODE, entry.keyLocation(), "dlt table '" + entry.key() + "' has no 'columns' mapping");
            return Optional.empty();
        }
        List<ColumnDto> columnDtos = new ArrayList<>();
        List<Located<String>> primaryKey = new ArrayList<>();
        for (YamlNode.Entry column : columns.get().entries()) {
            if (column.key().equals(ROW_KEY)) {
                continue;
            }
            if (!(column.value() instanceof YamlNode.Mapping attributes)) {
                diagnostics.error(CODE, column.value().location(),
                        "dlt column '" + column.key() + "' of table '" + entry.key() + "' must be a mapping");
                continue;
            }
            Located<String> name = new Located<>(column.key(), column.keyLocation());
            type(entry.key(), column, attributes).ifPresent(type -> columnDtos.add(new ColumnDto(
                    column.keyLocation(), name, type, flag(attributes, "nullable"), text(attributes, "description"))));
            if (flag(attributes, "primary_key").map(Located::value).orElse(false)) {
                primaryKey.add(name);
            }
        }
        return Optional.of(new TableDto(entry.keyLocation(), new Located<>(entry.key(), entry.keyLocation()),
                text(table, "description"), Optional.empty(), primaryKey, columnDtos));
    }

    private Optional<Located<String>> type(String table, YamlNode.Entry column, YamlNode.Mapping attributes) {
        Optional<YamlNode.Scalar> dataType = scalar(attributes, "data_type").filter(s -> withinLimit(s, "data_type", Limits.NAME_LENGTH));
        if (dataType.isEmpty()) {
            diagnostics.error(ErrorCode.INVALID_TYPE, column.keyLocation(),
                    "dlt column '" + column.key() + "' of table '" + table + "' has no data_type");
            return Optional.empty();
        }
        Optional<String> precision = scalar(attributes, "precision").map(YamlNode.Scalar::text);
        Optional<String> scale = scalar(attributes, "scale").map(YamlNode.Scalar::text);
        boolean timezone = flag(attributes, "timezone").map(Located::value).orElse(true);
        Optional<String> sql = DltTypes.toSql(dataType.get().text(), precision, scale, timezone);
        if (sql.isEmpty()) {
            diagnostics.error(ErrorCode.INVALID_TYPE, dataType.get().location(),
                    "unknown dlt data_type '" + dataType.get().text() + "' of column '" + column.key() + "' of table '"
                            + table + "'",
                    diagnostics.didYouMean(dataType.get().text(), DltTypes.NAMES)
                            .orElse("expected one of: " + String.join(", ", DltTypes.NAMES)));
            return Optional.empty();
        }
        return Optional.of(new Located<>(sql.get(), dataType.get().location()));
    }

    private static Optional<YamlNode.Scalar> scalar(YamlNode.Mapping mapping, String key) {
        return mapping.entry(key).map(YamlNode.Entry::value)
                .filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                .filter(s -> !s.isNull());
    }

    private Optional<Located<String>> text(YamlNode.Mapping mapping, String key) {
        return scalar(mapping, key).filter(s -> !s.text().isBlank())
                .filter(s -> withinLimit(s, key, Limits.length(key)))
                .map(s -> new Located<>(s.text(), s.location()));
    }

    /** Whether a value is within its limit of characters; if not, it is reported (LH125). */
    private boolean withinLimit(YamlNode.Scalar value, String key, int limit) {
        if (value.text().length() <= limit) {
            return true;
        }
        diagnostics.error(ErrorCode.LIMIT, value.location(), "'" + key + "' has " + Limits.count(value.text().length())
                + " characters, more than the " + Limits.count(limit) + " it may have");
        return false;
    }

    private static Optional<Located<Boolean>> flag(YamlNode.Mapping mapping, String key) {
        return scalar(mapping, key).filter(s -> s.kind() == YamlNode.Kind.BOOLEAN)
                .map(s -> new Located<>(Boolean.parseBoolean(s.text()), s.location()));
    }
}
