package io.hooklake.runtime.spark;

import io.hooklake.runtime.duckdb.iceberg.IcebergTableLog;
import org.apache.iceberg.spark.SparkSessionCatalog;
import org.apache.spark.sql.connector.catalog.FunctionCatalog;
import org.apache.spark.sql.connector.catalog.SupportsNamespaces;
import org.apache.spark.sql.connector.catalog.TableCatalog;
import org.apache.spark.sql.connector.catalog.ViewCatalog;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * Spark's session catalog for a lakehouse kept in Iceberg: Iceberg's own session catalog (Iceberg
 * tables in the lakehouse's Iceberg catalog, views and other tables in Spark's), whose Iceberg
 * catalog is named {@value IcebergTableLog#CATALOG_NAME}, the name the lakehouse's SQLite catalog
 * records its tables under, rather than after the session catalog ({@code spark_catalog}). So Spark
 * writes and reads the tables the DuckDB engine and pyiceberg see, under their relation names.
 * Spark makes it from {@code spark.sql.catalog.spark_catalog} ({@link IcebergTables#sessionConf()}).
 *
 * @param <T> the catalog type Iceberg's session catalog wraps
 */
public final class IcebergSessionCatalog<T extends TableCatalog & FunctionCatalog & SupportsNamespaces & ViewCatalog>
        extends SparkSessionCatalog<T> {

    /** What Spark calls to make the catalog. */
    public IcebergSessionCatalog() {
    }

    @Override
    protected TableCatalog buildSparkCatalog(String name, CaseInsensitiveStringMap options) {
        return super.buildSparkCatalog(IcebergTableLog.CATALOG_NAME, options);
    }
}
