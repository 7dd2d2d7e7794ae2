package io.hooklake.runtime.duckdb.storage;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The deliberate type mapping: the DuckDB type of a column (as {@code DESCRIBE} spells it) to the
 * type it is stored as, a DuckDB type every table format holds without loss of meaning. DuckDB
 * casts to it when writing the Parquet files. Documented in {@code docs/table-formats.md}.
 */
public final class StorageTypes {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\(\\d+,\\d+\\)");

    private static final Map<String, String> WIDENED = Map.ofEntries(
            Map.entry("UTINYINT", "SMALLINT"),
            Map.entry("USMALLINT", "INTEGER"),
            Map.entry("UINTEGER", "BIGINT"),
            Map.entry("UBIGINT", "DECIMAL(20,0)"),
            Map.entry("HUGEINT", "DECIMAL(38,0)"),
            Map.entry("UHUGEINT", "DECIMAL(38,0)"),
            Map.entry("TIMESTAMP_S", "TIMESTAMP"),
            Map.entry("TIMESTAMP_MS", "TIMESTAMP"),
            Map.entry("TIMESTAMP_NS", "TIMESTAMP"),
            Map.entry("UUID", "VARCHAR"),
            Map.entry("JSON", "VARCHAR"),
            Map.entry("INTERVAL", "VARCHAR"),
            Map.entry("TIME WITH TIME ZONE", "VARCHAR"),
            Map.entry("BIT", "VARCHAR"),
            Map.entry("BIGNUM", "VARCHAR"),
            Map.entry("VARINT", "VARCHAR"));

    private static final java.util.Set<String> KEPT = java.util.Set.of("BOOLEAN", "TINYINT", "SMALLINT", "INTEGER",
            "BIGINT", "FLOAT", "DOUBLE", "VARCHAR", "BLOB", "DATE", "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE");

    private StorageTypes() {
    }

    /**
     * The storage type of a column of DuckDB type {@code duckdbType} in {@code format}.
     *
     * @throws LakehouseException {@code LH308} for nested types (lists, structs, maps, unions)
     */
    public static String storageType(String column, String duckdbType, TableFormat format) {
        String type = duckdbType.trim().toUpperCase(Locale.ROOT);
        if (type.startsWith("ENUM(")) {
            return "VARCHAR";
        }
        if (DECIMAL.matcher(type).matches()) {
            return type;
        }
        if (format == TableFormat.ICEBERG && (type.equals("TINYINT") || type.equals("SMALLINT"))) {
            return "INTEGER";
        }
        if ((format == TableFormat.DELTA || format == TableFormat.ICEBERG) && type.equals("TIME")) {
            // Delta has no time type; Spark reads no Iceberg time column ("Spark does not support time fields").
            return "VARCHAR";
        }
        if (KEPT.contains(type)) {
            return type;
        }
        String widened = WIDENED.get(type);
        if (widened != null) {
            return widened;
        }
        throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "column " + column + " has type " + duckdbType + ", which the "
                + format.configName() + " tables of a lakehouse do not store; cast it to a scalar type in the model"
                + " (lists, structs, maps and unions are not supported)");
    }
}
