package io.jointclear.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the key comes from; the environment is Spring's in-memory one, the files are real. */
class AuditKeyConfigurationTest {

    private final AuditKeyConfiguration configuration = new AuditKeyConfiguration();

    @Test
    void withoutAConfiguredKeyAnOwnerOnlyKeyFileIsCreatedBesideTheDataDirectoryAndReusedAfterwards(@TempDir Path dir)
            throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("jointclear.data-dir", dir.resolve("pg").toString());
        AuditFiles files = configuration.auditFiles(environment);
        assertThat(files.keyFile()).isEqualTo(dir.resolve("audit.key"));
        assertThat(files.checkpointFile()).isEqualTo(dir.resolve("audit-checkpoints.log"));

        AuditKey created = configuration.auditKey(environment, files);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keyFile()))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(files.keyFile()).strip())).hasSize(AuditKey.MIN_BYTES);

        AuditKey reread = configuration.auditKey(environment, files);
        assertThat(reread.id()).isEqualTo(created.id());
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten(@TempDir Path dir) {
        byte[] secret = CanonicalFormTest.filled(3);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("jointclear.audit.key", Base64.getEncoder().encodeToString(secret))
                .withProperty("jointclear.audit.key-file", dir.resolve("keys/audit.key").toString());
        AuditFiles files = configuration.auditFiles(environment);

        assertThat(configuration.auditKey(environment, files).id()).isEqualTo(new AuditKey(secret).id());
        assertThat(files.keyFile()).doesNotExist();
        assertThat(files.checkpointFile()).isEqualTo(dir.resolve("keys/audit-checkpoints.log"));
    }

    @Test
    void aKeyThatIsNotBase64OrTooShortStopsTheStartWithoutShowingIt(@TempDir Path dir) throws Exception {
        MockEnvironment notBase64 = new MockEnvironment().withProperty("jointclear.audit.key", "not base64 at all!");
        assertThatThrownBy(() -> configuration.auditKey(notBase64, configuration.auditFiles(notBase64)))
                .hasMessageContaining("not base64").hasMessageNotContaining("at all");

        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        MockEnvironment tooShort = new MockEnvironment().withProperty("jointclear.audit.key", shortKey);
        assertThatThrownBy(() -> configuration.auditKey(tooShort, configuration.auditFiles(tooShort)))
                .hasMessageContaining("16 bytes").hasMessageNotContaining(shortKey);

        Path file = dir.resolve("audit.key");
        Files.writeString(file, shortKey);
        MockEnvironment shortFile = new MockEnvironment().withProperty("jointclear.audit.key-file", file.toString());
        assertThatThrownBy(() -> configuration.auditKey(shortFile, configuration.auditFiles(shortFile)))
                .hasMessageContaining(file.toString());
    }

    @Test
    void defaultFilesOfAThrowAwayDatabaseAreDeletedWithIt(@TempDir Path dir) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("jointclear.data-dir", dir.resolve("pg").toString())
                .withProperty("jointclear.embedded-db-ephemeral", "true");
        AuditFiles files = configuration.auditFiles(environment);
        configuration.auditKey(environment, files);
        configuration.ephemeralAuditFiles(environment, files).destroy();
        assertThat(files.keyFile()).doesNotExist();

        MockEnvironment kept = new MockEnvironment().withProperty("jointclear.audit.key-file", dir.resolve("k").toString())
                .withProperty("jointclear.embedded-db-ephemeral", "true");
        AuditFiles explicit = configuration.auditFiles(kept);
        configuration.auditKey(kept, explicit);
        configuration.ephemeralAuditFiles(kept, explicit).destroy();
        assertThat(explicit.keyFile()).exists();
    }
}
