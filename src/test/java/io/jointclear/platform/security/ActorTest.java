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

    @Test
    void aBrokerIsRecognisedByPatenteOrFilerCode() {
        Actor broker = new Actor("broker", Set.of("BROKER"), null, new Actor.Filer("3456", "316"));
        assertThat(broker.isFilerOf(Authority.MX, "3456")).isTrue();
        assertThat(broker.isFilerOf(Authority.US, "316")).isTrue();
        assertThat(broker.isFilerOf(Authority.MX, "1234")).isFalse();
        assertThat(new Actor("admin", Set.of("ADMIN"), null, null).isFilerOf(Authority.MX, "3456")).isFalse();
        assertThat(broker.hasAnyRole("ADMIN", "BROKER")).isTrue();
        assertThat(broker.hasRole("ADMIN")).isFalse();
    }
}
