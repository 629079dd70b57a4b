/**
 * The append-only, hash-chained audit log of every state change: modules call
 * {@link io.jointclear.audit.AuditLog#append} inside the transaction of the change; auditors read the
 * entries of a subject and verify the chain under {@code /api/v1/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
package io.jointclear.audit;
