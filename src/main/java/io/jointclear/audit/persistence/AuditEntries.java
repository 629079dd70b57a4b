package io.jointclear.audit.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the log for auditors: the entries of one subject (or all), oldest first, a page at a time. */
@Component
public class AuditEntries {

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as read; {@code position}, {@code hash} and {@code keyId} are null while it waits to be sealed. */
    public record Row(long id, Long position, Instant occurredAt, String actor, String action, String subjectType,
                      String subjectId, String authority, String detailsJson, String hash, String keyId) {
    }

    public record Page(List<Row> rows, long total) {
    }

    public Page find(String subjectId, int page, int size) {
        String where = subjectId == null ? "" : " WHERE subject_id = ?";
        Object[] filter = subjectId == null ? new Object[0] : new Object[] {subjectId};
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit.entry" + where, Long.class, filter);
        Object[] args = subjectId == null
                ? new Object[] {size, (long) page * size}
                : new Object[] {subjectId, size, (long) page * size};
        List<Row> rows = jdbc.query("""
                SELECT id, chain_position, occurred_at, actor, action, subject_type, subject_id, authority, details, hash, key_id
                FROM audit.entry""" + where + " ORDER BY id LIMIT ? OFFSET ?",
                (rs, n) -> {
                    long position = rs.getLong("chain_position");
                    boolean sealed = !rs.wasNull();
                    byte[] hash = rs.getBytes("hash");
                    return new Row(rs.getLong("id"), sealed ? position : null,
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                            rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                            rs.getString("authority"), rs.getString("details"),
                            hash == null ? null : HexFormat.of().formatHex(hash), rs.getString("key_id"));
                }, args);
        return new Page(rows, total == null ? 0 : total);
    }
}
