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
        ConfiguredUsers users = ConfiguredUsers.of(List.of(user("analyst", "s3cret", Set.of("ANALYST"), null)), encoder);
        String stored = users.loadUserByUsername("analyst").getPassword();
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
                user("officer-mx", "x", Set.of("officer_mx"), null),
                new ConfiguredUser("broker", "x", Set.of("ROLE_BROKER"), null, null, new ConfiguredUser.Filer("3456", "316"), null)),
                encoder);

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

    @Test
    void brokersOfOneAgencyShareItsLicencesAndItsKeySpace() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(NORTE, SUR), List.of(
                broker("broker", "norte"), broker("broker-b", "norte"), broker("broker2", "sur"),
                carrier("carrier", "TDNM")), encoder);
        Actor a = users.actor("broker").orElseThrow();
        Actor b = users.actor("broker-b").orElseThrow();
        Actor other = users.actor("broker2").orElseThrow();
        assertThat(a.isFilerOf(Authority.MX, "3457")).isTrue();
        assertThat(b.isFilerOf(Authority.US, "316")).isTrue();
        assertThat(other.isFilerOf(Authority.MX, "3456")).isFalse();
        assertThat(other.isFilerOf(Authority.US, "317")).isTrue();
        assertThat(a.principalScope()).isEqualTo(b.principalScope()).isEqualTo("AGENCY:norte");
        assertThat(other.principalScope()).isEqualTo("AGENCY:sur");
        assertThat(users.actor("carrier").orElseThrow().principalScope()).isEqualTo("CARRIER:TDNM");
        assertThat(users.actors()).hasSize(4);
    }

    @Test
    void theOlderFilerFormIsAnAgencyOfOne() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(SUR), List.of(
                new ConfiguredUser("solo", "x", Set.of("BROKER"), null, null, new ConfiguredUser.Filer("4001", "401"), null)),
                encoder);
        Actor solo = users.actor("solo").orElseThrow();
        assertThat(solo.agency().id()).isEqualTo("solo");
        assertThat(solo.isFilerOf(Authority.MX, "4001")).isTrue();
        assertThat(solo.principalScope()).isEqualTo("AGENCY:solo");
    }

    @Test
    void bothConfigurationFormsBindFromProperties() {
        var source = new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.ofEntries(
                java.util.Map.entry("jointclear.security.agencies[0].id", "norte"),
                java.util.Map.entry("jointclear.security.agencies[0].patentes[0]", "3456"),
                java.util.Map.entry("jointclear.security.agencies[0].filer-codes[0]", "316"),
                java.util.Map.entry("jointclear.security.users[0].username", "broker"),
                java.util.Map.entry("jointclear.security.users[0].password", "x"),
                java.util.Map.entry("jointclear.security.users[0].roles[0]", "BROKER"),
                java.util.Map.entry("jointclear.security.users[0].agency", "norte"),
                java.util.Map.entry("jointclear.security.users[1].username", "solo"),
                java.util.Map.entry("jointclear.security.users[1].password", "x"),
                java.util.Map.entry("jointclear.security.users[1].roles[0]", "BROKER"),
                java.util.Map.entry("jointclear.security.users[1].filer.patente", "4001"),
                java.util.Map.entry("jointclear.security.users[1].filer.filer-code", "401")));
        var binder = new org.springframework.boot.context.properties.bind.Binder(source);
        List<ConfiguredAgency> agencies = binder.bind("jointclear.security.agencies",
                org.springframework.boot.context.properties.bind.Bindable.listOf(ConfiguredAgency.class)).get();
        List<ConfiguredUser> configured = binder.bind("jointclear.security.users",
                org.springframework.boot.context.properties.bind.Bindable.listOf(ConfiguredUser.class)).get();
        ConfiguredUsers users = ConfiguredUsers.of(agencies, configured, encoder);
        assertThat(users.actor("broker").orElseThrow().isFilerOf(Authority.US, "316")).isTrue();
        assertThat(users.actor("solo").orElseThrow().isFilerOf(Authority.MX, "4001")).isTrue();
        assertThat(users.actor("solo").orElseThrow().isFilerOf(Authority.US, "401")).isTrue();
    }

    @Test
    void agencyMistakesStopTheStartUp() {
        assertAgenciesRefused(List.of(NORTE), List.of(broker("b", "nowhere")), "unknown agency 'nowhere'");
        assertAgenciesRefused(List.of(NORTE, new ConfiguredAgency("otra", "Otra", List.of("3456"), List.of())), List.of(),
                "MX patente 3456 is held by agency 'norte' and by 'otra'");
        assertAgenciesRefused(List.of(NORTE, new ConfiguredAgency("otra", "Otra", List.of(), List.of("316"))), List.of(),
                "US filer code 316");
        assertAgenciesRefused(List.of(NORTE), List.of(new ConfiguredUser("solo", "x", Set.of("BROKER"), null, null,
                new ConfiguredUser.Filer("3456", null), null)), "MX patente 3456 is held by agency 'norte' and by 'solo'");
        assertAgenciesRefused(List.of(NORTE, NORTE), List.of(), "configured twice");
        assertAgenciesRefused(List.of(new ConfiguredAgency("x", "X", List.of("34567"), List.of())), List.of(), "4 digits");
        assertAgenciesRefused(List.of(new ConfiguredAgency("x", "X", List.of(), List.of())), List.of(), "at least one");
        assertAgenciesRefused(List.of(new ConfiguredAgency(" ", "X", List.of("1111"), List.of())), List.of(), "id is required");
        assertAgenciesRefused(List.of(NORTE), List.of(user("b", "x", Set.of("BROKER"), null)), "needs the id of one of");
        assertAgenciesRefused(List.of(NORTE), List.of(new ConfiguredUser("a", "x", Set.of("ANALYST"), null, "norte", null, null)),
                "only a BROKER");
        assertAgenciesRefused(List.of(), List.of(user("c", "x", Set.of("CARRIER"), null)), "needs the SCAC");
        assertAgenciesRefused(List.of(), List.of(carrier("c", "tdnm")), "needs the SCAC");
        assertAgenciesRefused(List.of(), List.of(new ConfiguredUser("a", "x", Set.of("ADMIN"), null, null, null, "TDNM")),
                "only a CARRIER");
    }

    private static final ConfiguredAgency NORTE = new ConfiguredAgency("norte", "Agencia del Norte", List.of("3456", "3457"),
            List.of("316"));
    private static final ConfiguredAgency SUR = new ConfiguredAgency("sur", "Frontera Sur", List.of("3210"), List.of("317"));

    private void assertAgenciesRefused(List<ConfiguredAgency> agencies, List<ConfiguredUser> users, String message) {
        assertThatThrownBy(() -> ConfiguredUsers.of(agencies, users, encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    private void assertRefused(ConfiguredUser user, String message) {
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(user), encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    private static ConfiguredUser user(String name, String password, Set<String> roles, Authority authority) {
        return new ConfiguredUser(name, password, roles, authority, null, null, null);
    }

    private static ConfiguredUser broker(String name, String agency) {
        return new ConfiguredUser(name, "x", Set.of("BROKER"), null, agency, null, null);
    }

    private static ConfiguredUser carrier(String name, String scac) {
        return new ConfiguredUser(name, "x", Set.of("CARRIER"), null, null, null, scac);
    }
}
