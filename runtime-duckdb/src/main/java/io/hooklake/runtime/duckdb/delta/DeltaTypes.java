package io.hooklake.runtime.duckdb.delta;

import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.duckdb.storage.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage types (DuckDB spelling) to Delta types and back. */
final class DeltaTypes {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    private DeltaTypes() {
    }

    static StructType schema(List<ColumnSpec> columns) {
        StructType schema = new StructType();
        for (ColumnSpec column : columns) {
            schema = schema.add(new StructField(column.name(), delta(column.type()), true));
        }
        return schema;
    }

    static DataType delta(String type) {
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return new DecimalType(Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
        }
        return switch (type) {
            case "BOOLEAN" -> BooleanType.BOOLEAN;
            case "TINYINT" -> ByteType.BYTE;
            case "SMALLINT" -> ShortType.SHORT;
            case "INTEGER" -> IntegerType.INTEGER;
            case "BIGINT" -> LongType.LONG;
            case "FLOAT" -> FloatType.FLOAT;
            case "DOUBLE" -> DoubleType.DOUBLE;
            case "VARCHAR" -> StringType.STRING;
            case "BLOB" -> BinaryType.BINARY;
            case "DATE" -> DateType.DATE;
            case "TIMESTAMP" -> TimestampNTZType.TIMESTAMP_NTZ;
            case "TIMESTAMP WITH TIME ZONE" -> TimestampType.TIMESTAMP;
            default -> throw new IllegalArgumentException("no Delta type for storage type " + type);
        };
    }

    static List<ColumnSpec> columns(StructType schema, String table) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            columns.add(new ColumnSpec(field.getName(), duckdb(field.getDataType(), table + "." + field.getName())));
        }
        return columns;
    }

    private static String duckdb(DataType type, String column) {
        if (type instanceof DecimalType d) {
            return "DECIMAL(" + d.getPrecision() + "," + d.getScale() + ")";
        }
        if (type instanceof BooleanType) {
            return "BOOLEAN";
        } else if (type instanceof ByteType) {
            return "TINYINT";
        } else if (type instanceof ShortType) {
            return "SMALLINT";
        } else if (type instanceof IntegerType) {
            return "INTEGER";
        } else if (type instanceof LongType) {
            return "BIGINT";
        } else if (type instanceof FloatType) {
            return "FLOAT";
        } else if (type instanceof DoubleType) {
            return "DOUBLE";
        } else if (type instanceof StringType) {
            return "VARCHAR";
        } else if (type instanceof BinaryType) {
            return "BLOB";
        } else if (type instanceof DateType) {
            return "DATE";
        } else if (type instanceof TimestampNTZType) {
            return "TIMESTAMP";
        } else if (type instanceof TimestampType) {
            return "TIMESTAMP WITH TIME ZONE";
        }
        throw new LakehouseException(ErrorCode.FOREIGN_TABLE, "Delta column " + column + " has type " + type
                + ", which this lakehouse does not read; only scalar columns are supported");
    }
}
