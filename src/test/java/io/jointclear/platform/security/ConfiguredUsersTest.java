package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ConfiguredUsersTest {

    // Strength 4: these tests check behaviour, not hashing cost.
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void plainPasswordsAreKeptOnlyAsBcryptHashes() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(user("broker", "s3cret", Set.of("BROKER"), null)), encoder);
        String stored = users.loadUserByUsername("broker").getPassword();
        assertThat(stored).startsWith("$2").isNotEqualTo("s3cret");
        assertThat(encoder.matches("s3cret", stored)).isTrue();
    }

    @Test
    void acceptsAnAlreadyHashedPassword() {
        String hash = encoder.encode("s3cret");
        ConfiguredUsers users = ConfiguredUsers.of(List.of(user("admin", "{bcrypt}" + hash, Set.of("ADMIN"), null)), encoder);
        assertThat(users.loadUserByUsername("admin").getPassword()).isEqualTo(hash);
    }

    @Test
    void principalCarriesTheActorWithRolesAuthorityAndFiler() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(
                new ConfiguredUser("officer-mx", "x", Set.of("officer_mx"), null, null),
                new ConfiguredUser("broker", "x", Set.of("ROLE_BROKER"), null, new Actor.Filer("3456", "316"))), encoder);

        ActorPrincipal officer = (ActorPrincipal) users.loadUserByUsername("officer-mx");
        assertThat(officer.actor().isOfficerOf(Authority.MX)).isTrue();
        assertThat(officer.actor().isOfficerOf(Authority.US)).isFalse();
        assertThat(officer.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER_MX");

        Actor broker = ((ActorPrincipal) users.loadUserByUsername("broker")).actor();
        assertThat(broker.isFilerOf(Authority.MX, "3456")).isTrue();
        assertThat(broker.isFilerOf(Authority.US, "316")).isTrue();
        assertThat(broker.isFilerOf(Authority.US, "3456")).isFalse();
    }

    @Test
    void eachLoginGetsAFreshPrincipalSoErasingCredentialsKeepsTheStore() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(user("admin", "pw", Set.of("ADMIN"), null)), encoder);
        ((ActorPrincipal) users.loadUserByUsername("admin")).eraseCredentials();
        assertThat(users.loadUserByUsername("admin").getPassword()).isNotNull();
    }

    @Test
    void noConfigurationMeansNoUsers() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(), encoder);
        assertThat(users.size()).isZero();
        assertThatThrownBy(() -> users.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void configurationMistakesStopTheStartUp() {
        assertRefused(user("x", "pw", Set.of("SUPERUSER"), null), "unknown role");
        assertRefused(user("x", "pw", Set.of(), null), "needs at least one");
        assertRefused(user("x", "", Set.of("ADMIN"), null), "password is required");
        assertRefused(user("x", "pw", Set.of("OFFICER_MX"), Authority.US), "authority");
        assertRefused(user("x", "pw", Set.of("OFFICER_MX", "OFFICER_US"), null), "both authorities");
        assertRefused(user("x", "{noop}pw", Set.of("ADMIN"), null), "only plain values or {bcrypt}");
        assertRefused(user("x", "{bcrypt}not-a-hash", Set.of("ADMIN"), null), "not a valid BCrypt hash");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(
                user("x", "a", Set.of("ADMIN"), null), user("x", "b", Set.of("ADMIN"), null)), encoder))
                .hasMessageContaining("configured twice");
    }

    private void assertRefused(ConfiguredUser user, String message) {
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(user), encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    private static ConfiguredUser user(String name, String password, Set<String> roles, Authority authority) {
        return new ConfiguredUser(name, password, roles, authority, null);
    }
}
