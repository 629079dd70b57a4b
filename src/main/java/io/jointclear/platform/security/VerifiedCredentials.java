package io.jointclear.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt with a short memory of credentials it has just verified. HTTP Basic sends the password with
 * every request, and one BCrypt check costs tens of milliseconds of CPU: without this, a broker's
 * system filing hundreds of crossings a second would spend the machine on password hashing. A
 * verified (stored hash, password) pair is remembered as an HMAC under a key that lives only in this
 * process, for {@link #TTL_MILLIS}; a changed password has another stored hash and is checked anew.
 */
final class VerifiedCredentials implements PasswordEncoder {

    static final long TTL_MILLIS = 5 * 60_000;
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder bcrypt;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verifiedUntil.get(fingerprint);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(fingerprint, now + TTL_MILLIS);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
