package io.jointclear.reference.loading;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads one shipped reference dataset into its tables. Called inside a transaction, only when the
 * checksum of its files (or its {@link #version()}) changed since the last load.
 */
public interface DatasetLoader {

    /** Unique dataset name, e.g. {@code htsus}. */
    String name();

    /** Classpath resources the dataset is read from; their bytes make up the checksum. */
    List<String> resources();

    /** Human-readable origin, as in the dataset's SOURCE.md. */
    String source();

    /** Bumped when the loading logic changes, so that a new release reloads unchanged files. */
    default int version() {
        return 1;
    }

    /** Replaces the dataset's rows; returns what was loaded. */
    LoadResult load(Connection connection) throws SQLException, java.io.IOException;

    /** Rows stored and anything worth reporting (e.g. unparseable texts). */
    record LoadResult(int rows, java.util.Map<String, Object> notes) {
        public static LoadResult of(int rows) {
            return new LoadResult(rows, java.util.Map.of());
        }
    }
}
