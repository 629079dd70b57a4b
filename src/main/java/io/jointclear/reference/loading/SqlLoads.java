package io.jointclear.reference.loading;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers for loaders that transform a staging table with SQL. */
public final class SqlLoads {

    private SqlLoads() {
    }

    /** Runs statements in order and returns the update count of the last one. */
    public static int run(Connection connection, String... statements) throws SQLException {
        int last = 0;
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                last = statement.executeUpdate(sql);
            }
        }
        return last;
    }

    /** Empty text and SQL NULL both mean "no date" in the shipped files. */
    public static String dateOrNull(String column) {
        return "CAST(NULLIF(trim(" + column + "), '') AS date)";
    }
}
