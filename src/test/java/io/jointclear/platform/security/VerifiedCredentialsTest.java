package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilItExpires() {
        MutableClock clock = new MutableClock();
        VerifiedCredentials credentials = new VerifiedCredentials(counting, clock);
        String stored = credentials.encode("broker");

        assertThat(credentials.matches("broker", stored)).isTrue();
        assertThat(credentials.matches("broker", stored)).isTrue();
        assertThat(bcryptChecks.get()).isEqualTo(1);

        clock.now = clock.now.plusMillis(VerifiedCredentials.TTL_MILLIS + 1);
        assertThat(credentials.matches("broker", stored)).isTrue();
        assertThat(bcryptChecks.get()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, new MutableClock());
        String stored = credentials.encode("broker");
        assertThat(credentials.matches("wrong", stored)).isFalse();
        assertThat(credentials.matches("wrong", stored)).isFalse();
        assertThat(bcryptChecks.get()).isEqualTo(2);
        assertThat(credentials.matches("broker", credentials.encode("other"))).isFalse();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
