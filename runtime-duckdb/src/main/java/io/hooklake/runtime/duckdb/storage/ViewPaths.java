package io.hooklake.runtime.duckdb.storage;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file paths in a table's DuckDB view ({@code read_parquet(['<lakehouse>/tables/<schema>/<name>/...'])})
 * are absolute: a copied or moved lakehouse still names its old folder there. This points them at
 * the same files below the lakehouse's current folder.
 */
public final class ViewPaths {

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private ViewPaths() {
    }

    /**
     * {@code sql} (a view's statement) with every literal path that names a file of table
     * {@code schema.name} in another lakehouse folder ({@code .../tables/<schema>/<name>/...})
     * replaced by that file below {@code lakehouse}; other literals unchanged.
     */
    public static String relocate(String sql, String schema, String name, Path lakehouse) {
        String marker = "/" + FileTableStorage.TABLES + "/" + schema + "/" + name + "/";
        String here = lakehouse.toAbsolutePath().normalize().toString();
        Matcher literal = LITERAL.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (literal.find()) {
            String value = literal.group(1).replace("''", "'");
            int at = value.lastIndexOf(marker);
            String replaced = literal.group();
            if (value.startsWith("/") && at >= 0 && !value.substring(0, at).equals(here)) {
                replaced = "'" + (here + value.substring(at)).replace("'", "''") + "'";
            }
            literal.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        literal.appendTail(out);
        return out.toString();
    }
}
