package io.jointclear.audit.persistence;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.audit.chain.CanonicalJson;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
        // PostgreSQL keeps microseconds: truncate so what is hashed later is exactly what we meant.
        var occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO audit.entry (occurred_at, actor, action, subject_type, subject_id, authority, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                occurredAt, entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
                entry.authority() == null ? null : entry.authority().name(), CanonicalJson.object(entry.details()));
    }
}
