package io.jointclear.audit.chain;

import java.nio.file.Path;

/**
 * Where the audit key file and the checkpoint file are, both outside the database: by default beside
 * the embedded PostgreSQL data directory ({@code <jointclear.data-dir>/../audit.key} and
 * {@code audit-checkpoints.log} next to it). Back both up outside the database.
 */
public record AuditFiles(Path keyFile, Path checkpointFile) {
}
