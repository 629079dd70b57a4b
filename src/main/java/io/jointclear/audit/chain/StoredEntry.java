package io.jointclear.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An audit entry as stored: what the hash covers. {@code position}, {@code hash} and {@code keyId}
 * are null until the entry is sealed; {@code keyId} is null too for an entry sealed before the chain
 * was keyed.
 */
record StoredEntry(long id, Long position, byte[] hash, String keyId, Instant occurredAt, String actor, String action,
                   String subjectType, String subjectId, String authority, String details) {

    static final String COLUMNS =
            "id, chain_position, hash, key_id, occurred_at, actor, action, subject_type, subject_id, authority, details";

    static StoredEntry read(ResultSet rs, int row) throws SQLException {
        long position = rs.getLong("chain_position");
        return new StoredEntry(rs.getLong("id"), rs.wasNull() ? null : position, rs.getBytes("hash"),
                rs.getString("key_id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("authority"), rs.getString("details"));
    }

    /**
     * The canonical serialisation at a chain position: the position as 8 bytes big-endian, then each
     * field (occurred-at as ISO-8601 instant, actor, action, subject type, subject id, authority,
     * details) as its UTF-8 byte length in 4 bytes big-endian followed by the bytes; an absent
     * authority has length -1. Length prefixes make the encoding unambiguous without escaping.
     */
    byte[] canonical(long atPosition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(atPosition).array());
        for (String field : new String[] {occurredAt.toString(), actor, action, subjectType, subjectId, authority, details}) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }
}
