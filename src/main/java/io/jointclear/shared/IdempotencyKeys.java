package io.jointclear.shared;

import java.util.List;

/**
 * The {@code Idempotency-Key} request header: one rule for its format and one for the problems a
 * key causes, whichever endpoint receives it. Keys live in the key space of the organisation that
 * sends them ({@link Actor#principalScope()}).
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Answers replayed from a key carry this header with the value {@code true}. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;
    /** Problem code of a key that breaks the format rule. */
    public static final String INVALID = "IDEMPOTENCY_KEY_INVALID";
    /** The format rule, as told to clients. */
    public static final String RULE = "up to " + MAX_LENGTH + " printable ASCII characters";

    private IdempotencyKeys() {
    }

    /**
     * The key as sent, without surrounding blanks; {@code null} when none (or a blank one) was sent.
     *
     * @throws ProblemException 400 {@code IDEMPOTENCY_KEY_INVALID} when longer than {@value #MAX_LENGTH}
     *                          characters or not printable ASCII
     */
    public static String normalise(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > MAX_LENGTH) {
            throw invalid("is longer than " + MAX_LENGTH + " characters");
        }
        int bad = firstOutsideAscii(key);
        if (bad >= 0) {
            throw invalid("has a character outside printable ASCII at position " + (bad + 1));
        }
        return key;
    }

    /** Whether a key as sent (blank meaning none) follows the format rule. */
    public static boolean isWellFormed(String header) {
        if (header == null || header.isBlank()) {
            return true;
        }
        String key = header.strip();
        return key.length() <= MAX_LENGTH && firstOutsideAscii(key) < 0;
    }

    private static int firstOutsideAscii(String key) {
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < 0x20 || ch > 0x7e) {
                return i;
            }
        }
        return -1;
    }

    /** The same key, in the same key space, was used for a different request. Nothing of the first is revealed. */
    public static ProblemException reused(String key) {
        return new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                "Idempotency-Key " + key + " was already used for a different request");
    }

    private static ProblemException invalid(String why) {
        return new ProblemException(400, INVALID, "Invalid Idempotency-Key",
                "The Idempotency-Key header " + why + "; use " + RULE, List.of(new FieldViolation(HEADER, INVALID, RULE)));
    }
}
