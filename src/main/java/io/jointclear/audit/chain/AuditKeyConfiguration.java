package io.jointclear.audit.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Loads the audit key: {@code jointclear.audit.key} (base64, at least 32 bytes; env var
 * {@code JOINTCLEAR_AUDIT_KEY}) if set, else the key file ({@code jointclear.audit.key-file}, by
 * default {@code <jointclear.data-dir>/../audit.key}), which is created with 32 random bytes and
 * owner-only permissions on first start. The key never goes into the database or the log.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyConfiguration.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Bean
    AuditFiles auditFiles(Environment environment) {
        // Resolved once: in tests the data directory contains ${random.uuid}, new at every resolution.
        String configuredKeyFile = environment.getProperty("jointclear.audit.key-file");
        Path keyFile = configuredKeyFile == null || configuredKeyFile.isBlank() ? null : Path.of(configuredKeyFile);
        if (keyFile == null) {
            Path dataDir = Path.of(environment.getProperty("jointclear.data-dir", "./data/pg")).toAbsolutePath().normalize();
            Path beside = dataDir.getParent() == null ? dataDir : dataDir.getParent();
            keyFile = beside.resolve("audit.key");
        }
        keyFile = keyFile.toAbsolutePath().normalize();
        String configuredCheckpointFile = environment.getProperty("jointclear.audit.checkpoint-file");
        Path checkpointFile = configuredCheckpointFile == null || configuredCheckpointFile.isBlank()
                ? keyFile.resolveSibling("audit-checkpoints.log") : Path.of(configuredCheckpointFile);
        return new AuditFiles(keyFile, checkpointFile.toAbsolutePath().normalize());
    }

    /**
     * With a throw-away database (tests) the default key and checkpoint files beside it go too; files
     * configured explicitly are never deleted.
     */
    @Bean
    DisposableBean ephemeralAuditFiles(Environment environment, AuditFiles files) {
        boolean ephemeral = environment.getProperty("jointclear.embedded-db-ephemeral", Boolean.class, false);
        boolean defaulted = !environment.containsProperty("jointclear.audit.key-file")
                && !environment.containsProperty("jointclear.audit.checkpoint-file");
        return () -> {
            if (ephemeral && defaulted) {
                Files.deleteIfExists(files.checkpointFile());
                Files.deleteIfExists(files.keyFile());
            }
        };
    }

    @Bean
    AuditKey auditKey(Environment environment, AuditFiles files) {
        String configured = environment.getProperty("jointclear.audit.key");
        if (configured != null && !configured.isBlank()) {
            AuditKey key = new AuditKey(decode(configured, "jointclear.audit.key"));
            log.info("Audit chain keyed with key {} from configuration (jointclear.audit.key)", key.id());
            return key;
        }
        try {
            return Files.exists(files.keyFile()) ? read(files.keyFile()) : create(files.keyFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key file " + files.keyFile(), e);
        }
    }

    private static AuditKey read(Path file) throws IOException {
        AuditKey key = new AuditKey(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
        if (isPosix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("Audit key file {} is readable by others than its owner: chmod 600 it", file);
        }
        log.info("Audit chain keyed with key {} from {}", key.id(), file);
        return key;
    }

    private static AuditKey create(Path file) throws IOException {
        byte[] secret = new byte[AuditKey.MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        try (OutputStream out = isPosix(file.getParent())
                ? Files.newOutputStream(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)))
                : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            out.write((Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        }
        CheckpointFile.sync(file);
        CheckpointFile.sync(file.getParent());
        AuditKey key = new AuditKey(secret);
        log.warn("Created audit key {} in {} (owner-only). Back this file up outside the database: without it the"
                + " audit chain cannot be verified, and whoever holds it can forge the chain.", key.id(), file);
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the audit key in " + source + " is not base64");
        }
        if (secret.length < AuditKey.MIN_BYTES) {
            throw new IllegalStateException("the audit key in " + source + " has " + secret.length
                    + " bytes, at least " + AuditKey.MIN_BYTES + " are needed");
        }
        return secret;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
