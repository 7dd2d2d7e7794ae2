package io.hooklake.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Run with only an older duckdb_jdbc on its class path: opens a lakehouse database read-only and
 * prints the DuckDB version, then the first column of each row of the query given.
 */
public final class OlderDuckDbMain {

    private OlderDuckDbMain() {
    }

    public static void main(String[] args) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT version()")) {
                rs.next();
                System.out.println("VERSION " + rs.getString(1));
            }
            try (ResultSet rs = statement.executeQuery(args[1])) {
                while (rs.next()) {
                    System.out.println("ROW " + rs.getString(1));
                }
            }
        }
    }
}
