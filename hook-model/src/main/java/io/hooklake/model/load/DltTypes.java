package io.hooklake.model.load;

import java.util.List;
import java.util.Optional;

/** dlt's data types and the DuckDB type each becomes. */
final class DltTypes {

    /** The data types dlt writes, {@code complex} being the older name of {@code json}. */
    static final List<String> NAMES = List.of("text", "bigint", "double", "bool", "timestamp", "date", "time",
            "decimal", "binary", "json", "complex", "wei", "uniqueidentifier");

    private DltTypes() {
    }

    /**
     * The DuckDB type of a dlt column: {@code text} VARCHAR; {@code bigint} BIGINT, or by
     * {@code precision} in bits TINYINT (8), SMALLINT (16), INTEGER (32), HUGEINT (128);
     * {@code double} DOUBLE; {@code bool} BOOLEAN; {@code timestamp} TIMESTAMPTZ, or TIMESTAMP when
     * {@code timezone: false}; {@code date} DATE; {@code time} TIME; {@code decimal}
     * DECIMAL(precision,scale), default 38,9; {@code binary} BLOB; {@code json} and {@code complex}
     * JSON; {@code wei} DECIMAL(38,0); {@code uniqueidentifier} (written by some
     * exports for SQL Server's GUIDs) VARCHAR. Empty for an unknown type.
     */
    static Optional<String> toSql(String dataType, Optional<String> precision, Optional<String> scale, boolean timezone) {
        return Optional.ofNullable(switch (dataType) {
            case "text", "uniqueidentifier" -> "VARCHAR";
            case "bigint" -> integer(precision.orElse("64"));
            case "double" -> "DOUBLE";
            case "bool" -> "BOOLEAN";
            case "timestamp" -> timezone ? "TIMESTAMPTZ" : "TIMESTAMP";
            case "date" -> "DATE";
            case "time" -> "TIME";
            case "decimal" -> "DECIMAL(" + precision.orElse("38") + "," + scale.orElse("9") + ")";
            case "binary" -> "BLOB";
            case "json", "complex" -> "JSON";
            case "wei" -> "DECIMAL(38,0)";
            default -> null;
        });
    }

    private static String integer(String bits) {
        int value;
        try {
            value = Integer.parseInt(bits.strip());
        } catch (NumberFormatException e) {
            return "BIGINT";
        }
        if (value <= 8) {
            return "TINYINT";
        }
        if (value <= 16) {
            return "SMALLINT";
        }
        if (value <= 32) {
            return "INTEGER";
        }
        return value <= 64 ? "BIGINT" : "HUGEINT";
    }
}
