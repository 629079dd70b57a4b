package io.jointclear.audit;

/**
 * Where every module records its state changes. Call it inside the transaction that makes the
 * change, so the change and its audit entry are committed (or rolled back) together; without a
 * transaction the call fails rather than write an entry that might describe a change that never
 * happened. The time of the entry comes from the application's {@link java.time.Clock}.
 */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Several entries at once, in this order (a batch of filings): one statement, same guarantees. */
    void appendAll(java.util.List<AuditEntry> entries);
}
