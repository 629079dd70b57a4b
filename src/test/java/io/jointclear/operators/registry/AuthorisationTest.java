package io.jointclear.operators.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status of an authorisation on a day, derived from its term and its dated history. */
class AuthorisationTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final LocalDate D = LocalDate.of(2026, 3, 10);

    private static Authorisation patente() {
        return Authorisation.grant(UUID.randomUUID(), AuthorisationKind.PATENTE, "3456", null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2045, 12, 31), "granted", "admin", AT);
    }

    private static AuthorisationStatus on(Authorisation a, LocalDate day) {
        return a.statusOn(day).map(StatusOn::status).orElse(null);
    }

    @Test
    void aSuspensionHoldsForItsPeriodOnlyAndEndsByItself() {
        Authorisation a = patente();
        a.suspend(D, D.plusDays(9), "art. 164 LA", "officer-mx", AT, null);

        assertThat(on(a, D.minusDays(1))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(on(a, D)).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(on(a, D.plusDays(9))).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(on(a, D.plusDays(10))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(a.statusOn(D.plusDays(3)).orElseThrow().until()).isEqualTo(D.plusDays(9));
    }

    @Test
    void anOpenSuspensionEndsOnTheReinstatementDate() {
        Authorisation a = patente();
        a.suspend(D, null, "provisional suspension", "officer-mx", AT, null);
        assertThat(on(a, D.plusYears(1))).isEqualTo(AuthorisationStatus.SUSPENDED);

        a.reinstate(D.plusDays(20), "resolution: dismissed", "officer-mx", AT, null);

        assertThat(on(a, D.plusDays(19))).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(on(a, D.plusDays(20))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(on(a, D.plusDays(21))).isEqualTo(AuthorisationStatus.ACTIVE);
    }

    @Test
    void aCancellationHoldsFromItsResolutionDateAndTakesNoFurtherChange() {
        Authorisation a = patente();
        a.cancel(D, "art. 165 LA", "officer-mx", AT, null);

        assertThat(on(a, D.minusDays(1))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(on(a, D)).isEqualTo(AuthorisationStatus.CANCELLED);
        assertThat(on(a, LocalDate.of(2050, 1, 1))).as("cancelled, not expired, after the term").isEqualTo(AuthorisationStatus.CANCELLED);
        assertThatThrownBy(() -> a.suspend(D.plusDays(1), null, "again", "officer-mx", AT, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("CANCELLED since " + D);
    }

    @Test
    void aTermEndsInExpiryAndBeforeTheGrantThereIsNoStatus() {
        Authorisation a = patente();
        assertThat(a.statusOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(on(a, LocalDate.of(2045, 12, 31))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(on(a, LocalDate.of(2046, 1, 1))).isEqualTo(AuthorisationStatus.EXPIRED);

        a.renew(LocalDate.of(2045, 6, 1), LocalDate.of(2065, 12, 31), "renewed for 20 years", "admin", AT);
        assertThat(on(a, LocalDate.of(2046, 1, 1))).isEqualTo(AuthorisationStatus.ACTIVE);
    }

    @Test
    void theSameProceedingsSanctionIsAppliedOnce() {
        Authorisation a = patente();
        UUID proceeding = UUID.randomUUID();

        assertThat(a.cancel(D, "arts. 164-167 LA", "system", AT, proceeding)).isTrue();
        assertThat(a.cancel(D, "arts. 164-167 LA", "system", AT, proceeding)).isFalse();

        assertThat(a.history()).filteredOn(c -> c.status() == AuthorisationStatus.CANCELLED).hasSize(1);
        assertThat(a.appended()).hasSize(2); // the grant and one cancellation
    }

    @Test
    void reinstatingWhatIsActiveIsRefused() {
        Authorisation a = patente();
        assertThatThrownBy(() -> a.reinstate(D, "nothing to lift", "admin", AT, null))
                .isInstanceOf(ProblemException.class).extracting("code").isEqualTo("INVALID_TRANSITION");
        assertThatThrownBy(() -> a.suspend(D, D.minusDays(1), "reversed", "admin", AT, null))
                .isInstanceOf(ProblemException.class).extracting("code").isEqualTo("PERIOD_REVERSED");
        assertThatThrownBy(() -> a.suspend(D, null, " ", "admin", AT, null))
                .isInstanceOf(ProblemException.class).extracting("code").isEqualTo("REQUIRED");
    }
}
