package io.jointclear.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    private static final AuditKey KEY = new AuditKey(CanonicalFormTest.filled(7));
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00.123456Z");

    @Test
    void aSignedCheckpointVerifiesOnlyWithItsKeyAndUnchanged() {
        byte[] head = new byte[32];
        head[0] = 1;
        Checkpoint checkpoint = Checkpoint.signed(KEY, 42, head, AT);
        assertThat(checkpoint.keyId()).isEqualTo(KEY.id()).hasSize(16);
        assertThat(KEY.verifies(checkpoint.signedForm(), checkpoint.signature())).isTrue();

        AuditKey other = new AuditKey(CanonicalFormTest.filled(8));
        assertThat(other.id()).isNotEqualTo(KEY.id());
        assertThat(other.verifies(checkpoint.signedForm(), checkpoint.signature())).isFalse();

        Checkpoint moved = new Checkpoint(43, head, AT, KEY.id(), checkpoint.signature());
        assertThat(KEY.verifies(moved.signedForm(), moved.signature())).isFalse();
        Checkpoint later = new Checkpoint(42, head, AT.plusMillis(1), KEY.id(), checkpoint.signature());
        assertThat(KEY.verifies(later.signedForm(), later.signature())).isFalse();
    }

    @Test
    void aChainHashCannotPassForACheckpointSignature() {
        // Separate derived keys: the chain key's MAC of the same bytes is not a signature.
        byte[] form = Checkpoint.signed(KEY, 1, new byte[32], AT).signedForm();
        assertThat(KEY.verifies(form, KEY.chainMac().doFinal(form))).isFalse();
    }

    @Test
    void keysShorterThan32BytesAreRefused() {
        assertThatThrownBy(() -> new AuditKey(new byte[31])).hasMessageContaining("32");
        assertThat(KEY.toString()).doesNotContain(Arrays.toString(CanonicalFormTest.filled(7)));
    }

    @Test
    void theFileKeepsEachCheckpointOnALineOwnerOnlyAndIgnoresATornLastLine(@TempDir Path dir) throws Exception {
        CheckpointFile file = new CheckpointFile(dir.resolve("sub").resolve("audit-checkpoints.log"));
        assertThat(file.read().checkpoints()).isEmpty();
        Checkpoint first = Checkpoint.signed(KEY, 10, new byte[32], AT);
        Checkpoint second = Checkpoint.signed(KEY, 20, new byte[32], AT.plusSeconds(60));
        file.append(first);
        file.append(second);
        Files.writeString(file.path(), "1 30 00", java.nio.file.StandardOpenOption.APPEND);

        CheckpointFile.Contents contents = file.read();
        assertThat(contents.checkpoints()).extracting(Checkpoint::sequence).containsExactly(10L, 20L);
        assertThat(contents.unreadableLines()).isEmpty();
        Checkpoint read = contents.checkpoints().get(1);
        assertThat(KEY.verifies(read.signedForm(), read.signature())).isTrue();
        assertThat(read.identity()).isEqualTo(second.identity());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");

        Files.writeString(file.path(), "\nnot a checkpoint\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(file.read().unreadableLines()).containsExactly(3, 4);
    }
}
