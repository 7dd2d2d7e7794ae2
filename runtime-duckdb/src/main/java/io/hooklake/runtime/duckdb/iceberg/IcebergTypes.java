package io.hooklake.runtime.duckdb.iceberg;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.duckdb.storage.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/** Storage types (DuckDB spelling) to Iceberg types and back. */
final class IcebergTypes {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    private IcebergTypes() {
    }

    static Schema schema(List<ColumnSpec> columns) {
        List<Types.NestedField> fields = new ArrayList<>();
        int id = 1;
        for (ColumnSpec column : columns) {
            fields.add(Types.NestedField.optional(id++, column.name(), iceberg(column.type())));
        }
        return new Schema(fields);
    }

    static Type iceberg(String type) {
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return Types.DecimalType.of(Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
        }
        return switch (type) {
            case "BOOLEAN" -> Types.BooleanType.get();
            case "TINYINT", "SMALLINT", "INTEGER" -> Types.IntegerType.get();
            case "BIGINT" -> Types.LongType.get();
            case "FLOAT" -> Types.FloatType.get();
            case "DOUBLE" -> Types.DoubleType.get();
            case "VARCHAR" -> Types.StringType.get();
            case "BLOB" -> Types.BinaryType.get();
            case "DATE" -> Types.DateType.get();
            case "TIME" -> Types.TimeType.get();
            case "TIMESTAMP" -> Types.TimestampType.withoutZone();
            case "TIMESTAMP WITH TIME ZONE" -> Types.TimestampType.withZone();
            default -> throw new IllegalArgumentException("no Iceberg type for storage type " + type);
        };
    }

    static List<ColumnSpec> columns(Schema schema, String table) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (Types.NestedField field : schema.columns()) {
            columns.add(new ColumnSpec(field.name(), duckdb(field.type(), table + "." + field.name())));
        }
        return columns;
    }

    private static String duckdb(Type type, String column) {
        return switch (type.typeId()) {
            case BOOLEAN -> "BOOLEAN";
            case INTEGER -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case STRING -> "VARCHAR";
            case BINARY, FIXED -> "BLOB";
            case UUID -> "UUID";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> ((Types.TimestampType) type).shouldAdjustToUTC() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
            case DECIMAL -> "DECIMAL(" + ((Types.DecimalType) type).precision() + "," + ((Types.DecimalType) type).scale()
                    + ")";
            default -> throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Iceberg column " + column + " has type " + type
                    + ", which this lakehouse does not read; only scalar columns are supported");
        };
    }
}
