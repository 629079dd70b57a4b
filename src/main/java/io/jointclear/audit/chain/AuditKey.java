package io.jointclear.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server secret the chain and its checkpoints are keyed with, kept outside the database. Two
 * keys are derived from it, one per use, so a chain hash can never pass for a checkpoint signature:
 * chain key = HMAC-SHA256(secret, "jointclear-audit-chain-v1"), checkpoint key =
 * HMAC-SHA256(secret, "jointclear-audit-checkpoint-v1"). Its id (stored with every entry and
 * checkpoint) is the first 16 hex digits of HMAC-SHA256(secret, "jointclear-audit-key-id-v1"): it
 * names the key without revealing it. The secret itself is never logged nor exposed.
 */
public final class AuditKey {

    /** A secret shorter than this is refused: HMAC-SHA256 wants at least its output size. */
    public static final int MIN_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final String id;
    private final SecretKeySpec chainKey;
    private final SecretKeySpec checkpointKey;

    public AuditKey(byte[] secret) {
        if (secret == null || secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("the audit key must have at least " + MIN_BYTES + " bytes");
        }
        this.id = HexFormat.of().formatHex(derive(secret, "jointclear-audit-key-id-v1")).substring(0, 16);
        this.chainKey = new SecretKeySpec(derive(secret, "jointclear-audit-chain-v1"), HMAC);
        this.checkpointKey = new SecretKeySpec(derive(secret, "jointclear-audit-checkpoint-v1"), HMAC);
    }

    public String id() {
        return id;
    }

    /** A fresh MAC for chain hashes; not thread-safe, so one per sealing run or verification. */
    Mac chainMac() {
        return mac(chainKey);
    }

    byte[] sign(byte[] message) {
        return mac(checkpointKey).doFinal(message);
    }

    boolean verifies(byte[] message, byte[] signature) {
        return signature != null && MessageDigest.isEqual(sign(message), signature);
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }

    private static byte[] derive(byte[] secret, String label) {
        return mac(new SecretKeySpec(secret, HMAC)).doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
