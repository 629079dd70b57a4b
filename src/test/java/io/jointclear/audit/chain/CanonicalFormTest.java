package io.jointclear.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private static final Instant AT = Instant.parse("2026-03-10T15:00:00.123456Z");
    private static final AuditKey KEY = new AuditKey(filled(7));

    @Test
    void detailsAreSortedCompactAndEscaped() {
        TreeMap<String, String> details = new TreeMap<>();
        details.put("notes", "said \"hold\"\nthen\\left");
        details.put("lane", "RED");
        assertThat(CanonicalJson.object(details)).isEqualTo("{\"lane\":\"RED\",\"notes\":\"said \\\"hold\\\"\\nthen\\\\left\"}");
        assertThat(CanonicalJson.object(new TreeMap<>())).isEqualTo("{}");
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheHash() {
        StoredEntry ab = entry("ab", "C");
        StoredEntry a = entry("a", "BC");
        assertThat(ChainHash.next(KEY.chainMac(), ChainHash.GENESIS, ab, 1))
                .isNotEqualTo(ChainHash.next(KEY.chainMac(), ChainHash.GENESIS, a, 1));
    }

    @Test
    void theHashDependsOnPositionPredecessorAndKey() {
        StoredEntry entry = entry("broker", "CROSSING_FILED");
        byte[] first = ChainHash.next(KEY.chainMac(), ChainHash.GENESIS, entry, 1);
        assertThat(first).hasSize(32);
        assertThat(ChainHash.next(KEY.chainMac(), ChainHash.GENESIS, entry, 1)).isEqualTo(first);
        assertThat(ChainHash.next(KEY.chainMac(), ChainHash.GENESIS, entry, 2)).isNotEqualTo(first);
        assertThat(ChainHash.next(KEY.chainMac(), first, entry, 1)).isNotEqualTo(first);
        assertThat(ChainHash.next(new AuditKey(filled(8)).chainMac(), ChainHash.GENESIS, entry, 1)).isNotEqualTo(first);
        // Without the key, the plain SHA-256 of the same bytes is something else entirely.
        assertThat(ChainHash.legacy(ChainHash.GENESIS, entry, 1)).isNotEqualTo(first);
    }

    @Test
    void anAbsentAuthorityDiffersFromAnEmptyOne() {
        StoredEntry none = new StoredEntry(1, null, null, null, AT, "a", "B", "C", "d", null, "{}");
        StoredEntry empty = new StoredEntry(1, null, null, null, AT, "a", "B", "C", "d", "", "{}");
        assertThat(none.canonical(1)).isNotEqualTo(empty.canonical(1));
    }

    private static StoredEntry entry(String actor, String action) {
        return new StoredEntry(1, null, null, null, AT, actor, action, "CROSSING", "c-1", "MX", "{}");
    }

    static byte[] filled(int value) {
        byte[] secret = new byte[AuditKey.MIN_BYTES];
        Arrays.fill(secret, (byte) value);
        return secret;
    }
}
