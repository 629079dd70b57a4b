package io.jointclear.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** hash(n) = SHA-256(hash(n-1) ‖ canonical(entry n)); the entry at position 1 follows 32 zero bytes. */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    static byte[] next(byte[] previous, StoredEntry entry, long position) {
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
