package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The helpers business modules use for their finer rules. */
class ActorTest {

    @Test
    void anOfficerActsOnlyForTheirOwnAuthority() {
        Actor mx = new Actor("officer-mx", Set.of("OFFICER_MX"), Authority.MX, null);
        assertThat(mx.isOfficer()).isTrue();
        assertThat(mx.isOfficerOf(Authority.MX)).isTrue();
        assertThat(mx.isOfficerOf(Authority.US)).isFalse();
        // An authority without the matching role is not enough.
        assertThat(new Actor("analyst-mx", Set.of("ANALYST"), Authority.MX, null).isOfficerOf(Authority.MX)).isFalse();
    }

    private static final Actor.Agency NORTE = new Actor.Agency("norte", "Agencia del Norte", Set.of("3456", "3457"), Set.of("316"));

    @Test
    void aBrokerFilesUnderAnyLicenceOfTheirAgencyAndNoOther() {
        Actor broker = new Actor("broker", Set.of("BROKER"), null, NORTE);
        assertThat(broker.isFilerOf(Authority.MX, "3456")).isTrue();
        assertThat(broker.isFilerOf(Authority.MX, "3457")).isTrue();
        assertThat(broker.isFilerOf(Authority.US, "316")).isTrue();
        assertThat(broker.isFilerOf(Authority.MX, "1234")).isFalse();
        // a patente is not a filer code, even when the digits would fit
        assertThat(broker.isFilerOf(Authority.US, "3456")).isFalse();
        assertThat(broker.isFilerOf(Authority.MX, null)).isFalse();
        assertThat(new Actor("admin", Set.of("ADMIN"), null, null).isFilerOf(Authority.MX, "3456")).isFalse();
        assertThat(broker.hasAnyRole("ADMIN", "BROKER")).isTrue();
        assertThat(broker.hasRole("ADMIN")).isFalse();
    }

    @Test
    void theIdempotencyKeySpaceIsTheOrganisation() {
        assertThat(new Actor("broker", Set.of("BROKER"), null, NORTE).principalScope()).isEqualTo("AGENCY:norte");
        assertThat(new Actor("broker-b", Set.of("BROKER"), null, NORTE).principalScope()).isEqualTo("AGENCY:norte");
        assertThat(new Actor("carrier", Set.of("CARRIER"), null, null, "TDNM").principalScope()).isEqualTo("CARRIER:TDNM");
        assertThat(new Actor("officer-us", Set.of("OFFICER_US"), Authority.US, null).principalScope()).isEqualTo("AUTHORITY:US");
        assertThat(new Actor("analyst", Set.of("ANALYST"), null, null).principalScope()).isEqualTo("USER:analyst");
        // an agency held by someone who is not (or no longer) a broker gives no agency's key space
        assertThat(new Actor("x", Set.of("ANALYST"), null, NORTE).principalScope()).isEqualTo("USER:x");
    }

    @Test
    void tradersAreBrokersAndCarriersWithoutAnOfficialRole() {
        assertThat(new Actor("broker", Set.of("BROKER"), null, NORTE).isTrader()).isTrue();
        assertThat(new Actor("carrier", Set.of("CARRIER"), null, null, "TDNM").isTrader()).isTrue();
        assertThat(new Actor("admin", Set.of("ADMIN", "BROKER"), null, NORTE).isTrader()).isFalse();
        assertThat(new Actor("officer-mx", Set.of("OFFICER_MX"), Authority.MX, null).isTrader()).isFalse();
    }
}
