package io.jointclear.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;

/**
 * hash(n) = HMAC-SHA256(chain key, hash(n-1) ‖ canonical(entry n)); the entry at position 1 follows
 * 32 zero bytes. Before the chain was keyed it was SHA-256 of the same bytes ({@link #legacy}), kept
 * only to verify such a chain once before re-keying it.
 */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    static byte[] next(Mac chainMac, byte[] previous, StoredEntry entry, long position) {
        chainMac.update(previous);
        chainMac.update(entry.canonical(position));
        return chainMac.doFinal();
    }

    static byte[] legacy(byte[] previous, StoredEntry entry, long position) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(entry.canonical(position));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
