package io.jointclear.clearance.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.shared.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes the crossing's state changes to the audit log, in the same transaction as the change. */
@Component
class CrossingAudit {

    private final AuditLog log;

    CrossingAudit(AuditLog log) {
        this.log = log;
    }

    void record(Actor actor, String action, Crossing c, Map<String, ?> details) {
        log.append(entry(actor, action, c, details));
    }

    /** Many entries in one write (a batch of filings). */
    void recordAll(java.util.List<AuditEntry> entries) {
        log.appendAll(entries);
    }

    /** The crossing's declarations as the audit log names them, e.g. {@code MX 262434566001234}. */
    static java.util.List<String> numbers(Crossing c) {
        return c.declarations.stream().map(d -> d.document().authority() + " " + d.document().number()).toList();
    }

    static AuditEntry entry(Actor actor, String action, Crossing c, Map<String, ?> details) {
        Map<String, Object> facts = new java.util.TreeMap<>(details);
        facts.put("status", c.status.name());
        return AuditEntry.of(actor, action, "CROSSING", c.id.toString(), null, facts);
    }
}
