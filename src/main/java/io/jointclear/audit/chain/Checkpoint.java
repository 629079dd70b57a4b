package io.jointclear.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A signed head of the chain: the entry at {@code sequence} (so the first {@code sequence} entries)
 * had {@code headHash} when it was signed. The signature is HMAC-SHA256 with the checkpoint key over
 * {@link #signedForm()}. In the checkpoint file it is one line: {@code 1 <sequence> <headHash hex>
 * <signedAt> <keyId> <signature hex>}.
 */
public record Checkpoint(long sequence, byte[] headHash, Instant signedAt, String keyId, byte[] signature) {

    private static final HexFormat HEX = HexFormat.of();
    private static final String FILE_VERSION = "1";

    static Checkpoint signed(AuditKey key, long sequence, byte[] headHash, Instant signedAt) {
        byte[] form = form(sequence, headHash, signedAt, key.id());
        return new Checkpoint(sequence, headHash, signedAt, key.id(), key.sign(form));
    }

    /** "jointclear-audit-checkpoint-v1", sequence, head hash hex, signed-at ISO instant, key id; one per line. */
    byte[] signedForm() {
        return form(sequence, headHash, signedAt, keyId);
    }

    private static byte[] form(long sequence, byte[] headHash, Instant signedAt, String keyId) {
        return String.join("\n", "jointclear-audit-checkpoint-v1", Long.toString(sequence), HEX.formatHex(headHash),
                signedAt.toString(), keyId).getBytes(StandardCharsets.UTF_8);
    }

    public String headHashHex() {
        return HEX.formatHex(headHash);
    }

    public String signatureHex() {
        return HEX.formatHex(signature);
    }

    /** Identifies a checkpoint across the table and the file. */
    String identity() {
        return sequence + ":" + signatureHex();
    }

    String fileLine() {
        return String.join(" ", FILE_VERSION, Long.toString(sequence), headHashHex(), signedAt.toString(), keyId,
                signatureHex()) + "\n";
    }

    /** @throws IllegalArgumentException when the line is not a checkpoint */
    static Checkpoint parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 6 || !FILE_VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        try {
            return new Checkpoint(Long.parseLong(parts[1]), HEX.parseHex(parts[2]), Instant.parse(parts[3]), parts[4],
                    HEX.parseHex(parts[5]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a checkpoint line", e);
        }
    }
}
