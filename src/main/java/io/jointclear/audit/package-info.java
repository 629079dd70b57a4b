/**
 * The append-only audit log of every state change, chained with a keyed hash (the key lives outside
 * the database) and checkpointed with signed heads in the database and a file: modules call
 * {@link io.jointclear.audit.AuditLog#append} inside the transaction of the change; auditors read the
 * entries of a subject, the checkpoints, and verify the chain under {@code /api/v1/audit}
 * (docs/adr/0006-keyed-audit-chain.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
package io.jointclear.audit;
