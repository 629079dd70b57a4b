package io.jointclear.audit.persistence;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.audit.chain.CanonicalJson;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends an unsealed entry: one INSERT, no shared row, no lock, so appends from many transactions
 * never queue behind each other. The sealer links it into the chain once its transaction has ended.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // PostgreSQL keeps microseconds: truncate so what is hashed later is exactly what we meant.
        String occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS).toString();
        int n = entries.size();
        String[][] columns = new String[6][n];
        for (int i = 0; i < n; i++) {
            AuditEntry entry = entries.get(i);
            columns[0][i] = entry.actor();
            columns[1][i] = entry.action();
            columns[2][i] = entry.subjectType();
            columns[3][i] = entry.subjectId();
            columns[4][i] = entry.authority() == null ? null : entry.authority().name();
            columns[5][i] = CanonicalJson.object(entry.details());
        }
        // WITH ORDINALITY keeps the entries' ids in the order given.
        jdbc.update("""
                INSERT INTO audit.entry (occurred_at, actor, action, subject_type, subject_id, authority, details)
                SELECT ?::timestamptz, u.actor, u.action, u.subject_type, u.subject_id, u.authority, u.details
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       WITH ORDINALITY AS u(actor, action, subject_type, subject_id, authority, details, n)
                 ORDER BY u.n
                """, ps -> {
            ps.setString(1, occurredAt);
            for (int c = 0; c < columns.length; c++) {
                ps.setArray(c + 2, ps.getConnection().createArrayOf("text", columns[c]));
            }
        });
    }
}
