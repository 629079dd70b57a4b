package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Courier companies and their users from configuration: every mistake stops the start-up. */
class ConfiguredCouriersTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final ConfiguredCourier bajio = new ConfiguredCourier("paqueteria-del-bajio", "Paquetería del Bajío", "EMP-1",
            LocalDate.parse("2027-06-30"));

    private static ConfiguredUser user(String name, Set<String> roles, String courier) {
        return new ConfiguredUser(name, name, roles, null, null, null, null, courier);
    }

    @Test
    void aCourierUserActsForItsRegisteredCompany() {
        ConfiguredUsers users = ConfiguredUsers.of(List.of(), List.of(bajio), List.of(user("c", Set.of("COURIER"), "paqueteria-del-bajio")),
                encoder);
        Actor actor = users.actor("c").orElseThrow();
        assertThat(actor.courier().registration()).isEqualTo("EMP-1");
        assertThat(actor.courier().registeredOn(LocalDate.parse("2027-06-30"))).isTrue();
        assertThat(actor.courier().registeredOn(LocalDate.parse("2027-07-01"))).isFalse();
        assertThat(actor.principalScope()).isEqualTo("COURIER:paqueteria-del-bajio");
        assertThat(actor.isTrader()).isTrue();
        assertThat(actor.isOfficial()).isFalse();
    }

    @Test
    void mistakesStopTheStartUp() {
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(), List.of(bajio), List.of(user("c", Set.of("COURIER"), null)), encoder))
                .hasMessageContaining("users[0].courier");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(), List.of(bajio), List.of(user("c", Set.of("COURIER"), "unknown")), encoder))
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(), List.of(bajio),
                List.of(user("a", Set.of("ANALYST"), "paqueteria-del-bajio")), encoder))
                .hasMessageContaining("only a COURIER");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(), List.of(bajio, bajio), List.of(), encoder))
                .hasMessageContaining("configured twice");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(),
                List.of(new ConfiguredCourier("x-courier", "X", null, LocalDate.parse("2027-01-01"))), List.of(), encoder))
                .hasMessageContaining("registration");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(),
                List.of(new ConfiguredCourier("Bad Id", "X", "EMP", LocalDate.parse("2027-01-01"))), List.of(), encoder))
                .hasMessageContaining("couriers[0].id");
    }
}
