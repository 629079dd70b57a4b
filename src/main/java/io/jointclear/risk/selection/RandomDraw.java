package io.jointclear.risk.selection;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A reproducible uniform draw in [0, 1) per crossing and authority: the same case always draws the
 * same number, so a selection can be replayed and explained, yet traders cannot predict it without
 * the case id, which is assigned at filing.
 */
final class RandomDraw {

    private RandomDraw() {
    }

    static double of(UUID crossingId, String authority) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(crossingId.toString().getBytes(StandardCharsets.US_ASCII));
            sha.update(authority.getBytes(StandardCharsets.US_ASCII));
            long bits = ByteBuffer.wrap(sha.digest()).getLong() >>> 11; // 53 random bits
            return bits / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean selects(UUID crossingId, String authority, BigDecimal rate) {
        return of(crossingId, authority) < rate.doubleValue();
    }
}
