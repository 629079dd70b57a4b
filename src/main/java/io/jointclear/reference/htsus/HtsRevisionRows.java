package io.jointclear.reference.htsus;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** The row of {@code reference.us_hts_revision} that says what a revision changed. */
final class HtsRevisionRows {

    private HtsRevisionRows() {
    }

    /** Inserts a shipped revision, or updates the counts of an imported one replayed by the loader. */
    static void record(Connection connection, String revision, LocalDate validFrom, LocalDate published, String origin,
                       int lines, int added, int changed, int removed) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO reference.us_hts_revision (revision, valid_from, published, origin, lines, added, changed, removed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (revision) DO UPDATE SET lines = excluded.lines, added = excluded.added,
                    changed = excluded.changed, removed = excluded.removed
                """)) {
            upsert.setString(1, revision);
            upsert.setDate(2, Date.valueOf(validFrom));
            upsert.setDate(3, published == null ? null : Date.valueOf(published));
            upsert.setString(4, origin);
            upsert.setInt(5, lines);
            upsert.setInt(6, added);
            upsert.setInt(7, changed);
            upsert.setInt(8, removed);
            upsert.executeUpdate();
        }
    }
}
