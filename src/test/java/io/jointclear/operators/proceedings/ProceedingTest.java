package io.jointclear.operators.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.AuthorisationSanctioned.Sanction;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.proceedings.Proceeding.Cause;
import io.jointclear.operators.proceedings.Proceeding.Outcome;
import io.jointclear.operators.proceedings.Proceeding.Stage;
import io.jointclear.operators.proceedings.Proceeding.Status;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A proceeding's due process on Mexican business days. The courier is notified on Wednesday 11 November 2026: its
 * 10 días hábiles skip the weekend of 14-15 November and Monday 16 November (Revolution Day, third Monday of
 * November, LFT art. 74 / CFF art. 12), so they end on Thursday 26 November (counted by hand: 12, 13, 17, 18, 19,
 * 20, 23, 24, 25, 26).
 */
class ProceedingTest {

    static final ProceedingTerms TERMS = ProceedingTerms.shipped(ProceedingTermsTest.CALENDAR);
    static final OperatorRef COURIER = new OperatorRef(UUID.fromString("00000000-0000-0000-0000-00000000c0c0"), OperatorType.COURIER,
            "envios-pacifico", "Envíos Rápidos del Pacífico");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final LocalDate OPENED = LocalDate.of(2026, 11, 9);
    static final LocalDate NOTIFIED = LocalDate.of(2026, 11, 11);

    static Proceeding opened() {
        return Proceeding.open(UUID.randomUUID(), COURIER, "EMP-3.7.3-0522", LegalBasis.RGCE_3_7_3,
                List.of(new Cause("IRREGULAR_OPERATIONS", "split shipments below USD 117")), "officer-mx", OPENED, NOW);
    }

    @Test
    void aFullProceedingAcrossAWeekendAndAHolidayEndsInACancellationWithTheCourierBar() {
        Proceeding p = opened();
        assertThat(p.stage(OPENED)).isEqualTo(Stage.AWAITING_NOTIFICATION);

        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        assertThat(p.argumentsDue).isEqualTo(LocalDate.of(2026, 11, 26));
        // 4 months from notification: Thursday 11 March 2027, a business day
        assertThat(p.resolutionDue).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(p.stage(LocalDate.of(2026, 11, 26))).isEqualTo(Stage.ARGUMENT_PERIOD);
        assertThat(p.stage(LocalDate.of(2026, 11, 27))).isEqualTo(Stage.AWAITING_RESOLUTION);

        p.argumentsReceived("officer-mx", LocalDate.of(2026, 11, 26), NOW, "the operator denies the split", TERMS);
        assertThatThrownBy(() -> p.resolve("officer-mx", LocalDate.of(2026, 11, 26), NOW, Outcome.CANCELLED, null, "x", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_ARGUMENT_PERIOD_RUNNING"));

        List<AuthorisationSanctioned> events = p.resolve("officer-mx", LocalDate.of(2026, 11, 27), NOW, Outcome.CANCELLED, null,
                "irregular operations proven", TERMS);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sanction()).isEqualTo(Sanction.CANCELLED);
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(e.effectiveUntil()).isNull();
            assertThat(e.authorisationNumber()).isEqualTo("EMP-3.7.3-0522");
            assertThat(e.legalBasis()).isEqualTo("RGCE rule 3.7.3");
            assertThat(e.proceedingId()).isEqualTo(p.id);
        });
        assertThat(p.status).isEqualTo(Status.RESOLVED);
        assertThat(p.registrationBarUntil).isEqualTo(LocalDate.of(2027, 11, 27));
        // 30 días hábiles from Friday 27 Nov 2026: 30 Nov (1); December's 22 weekdays but the 25th (23); 1 Jan is a
        // holiday; 4-8 Jan (28), 11 and 12 Jan (30) → Tuesday 12 January 2027
        assertThat(p.appealDue).isEqualTo(LocalDate.of(2027, 1, 12));

        p.appealed("officer-mx", LocalDate.of(2027, 1, 12), NOW, "RECURSO_REVOCACION", TERMS);
        assertThat(p.status).isEqualTo(Status.APPEALED);
        assertThat(p.steps).extracting(Proceeding.Step::step)
                .containsExactly("OPENED", "NOTIFIED", "ARGUMENTS_RECEIVED", "RESOLVED", "APPEALED");
    }

    @Test
    void argumentsAfterTheirTermAreRefusedNamingTheDeadlineAndTheRule() {
        Proceeding p = opened();
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        assertThatThrownBy(() -> p.argumentsReceived("officer-mx", LocalDate.of(2026, 11, 27), NOW, "late", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROCEEDING_STEP_LATE");
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("2026-11-26").contains("RGCE rule 3.7.3").contains("10 BUSINESS_DAYS_MX");
                });
    }

    @Test
    void aLateResolutionIsRefusedWithTheRule() {
        Proceeding p = opened();
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        assertThatThrownBy(() -> p.resolve("officer-mx", LocalDate.of(2027, 3, 12), NOW, Outcome.CANCELLED, null, "late", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROCEEDING_STEP_LATE");
                    assertThat(e.getMessage()).contains("RESOLUTION term ended on 2027-03-11").contains("4 MONTHS");
                });
        assertThat(p.status).isEqualTo(Status.OPEN);
        // the last day of the term is still on time
        assertThat(p.resolve("officer-mx", LocalDate.of(2027, 3, 11), NOW, Outcome.DISMISSED, null, "not proven", TERMS)).isEmpty();
    }

    @Test
    void aProvisionalSuspensionIsAppliedThenLiftedAndEndsAtTheResolution() {
        Proceeding p = opened();
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        AuthorisationSanctioned suspended = p.suspendProvisionally("officer-mx", LocalDate.of(2026, 11, 12), NOW, "serious case");
        assertThat(suspended.sanction()).isEqualTo(Sanction.SUSPENDED);
        assertThat(suspended.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(suspended.effectiveUntil()).isEqualTo(p.resolutionDue);
        assertThatThrownBy(() -> p.suspendProvisionally("officer-mx", LocalDate.of(2026, 11, 13), NOW, "again"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_STEP_NOT_ALLOWED"));

        AuthorisationSanctioned lifted = p.liftSuspension("officer-mx", LocalDate.of(2026, 11, 20), NOW);
        assertThat(lifted.sanction()).isEqualTo(Sanction.REINSTATED);
        assertThat(lifted.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(p.suspendedUntil).isEqualTo(LocalDate.of(2026, 11, 19));

        // suspended again, then dismissed: the dismissal reinstates
        p.suspendProvisionally("officer-mx", LocalDate.of(2026, 11, 23), NOW, "new facts");
        List<AuthorisationSanctioned> events = p.resolve("officer-mx", LocalDate.of(2026, 12, 1), NOW, Outcome.DISMISSED, null,
                "not proven", TERMS);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sanction()).isEqualTo(Sanction.REINSTATED);
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(p.suspendedUntil).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aSuspensionForNDaysEndsOnItsLastDay() {
        Proceeding p = Proceeding.open(UUID.randomUUID(), new OperatorRef(UUID.randomUUID(), OperatorType.CUSTOMS_AGENT, "3999", "x"),
                "3999", LegalBasis.ARTS_164_167_LA, List.of(new Cause("OMITTED_TAXES", "omitted IGI")), "officer-mx", OPENED, NOW);
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        assertThatThrownBy(() -> p.resolve("officer-mx", LocalDate.of(2026, 11, 30), NOW, Outcome.SUSPENDED, 0, "x", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PROCEEDING_STEP"));
        List<AuthorisationSanctioned> events = p.resolve("officer-mx", LocalDate.of(2026, 11, 30), NOW, Outcome.SUSPENDED, 30,
                "omitted taxes", TERMS);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sanction()).isEqualTo(Sanction.SUSPENDED);
            assertThat(e.effectiveUntil()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(e.legalBasis()).isEqualTo("arts. 164-167 LA");
        });
        assertThat(p.registrationBarUntil).as("only couriers are barred").isNull();
    }

    @Test
    void stepsOutOfOrderOrInTheWrongStageAreRefused() {
        Proceeding p = opened();
        assertThatThrownBy(() -> p.resolve("officer-mx", LocalDate.of(2026, 12, 1), NOW, Outcome.DISMISSED, null, "x", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_STEP_NOT_ALLOWED"));
        assertThatThrownBy(() -> p.notified("officer-mx", OPENED.minusDays(1), NOW, TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_STEP_OUT_OF_ORDER"));
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        assertThatThrownBy(() -> p.notified("officer-mx", NOTIFIED, NOW, TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_STEP_NOT_ALLOWED"));
        assertThatThrownBy(() -> p.appealed("officer-mx", NOTIFIED, NOW, "JUICIO_NULIDAD", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("PROCEEDING_STEP_NOT_ALLOWED"));
    }

    @Test
    void aLateAppealIsRefused() {
        Proceeding p = opened();
        p.notified("officer-mx", NOTIFIED, NOW, TERMS);
        p.resolve("officer-mx", LocalDate.of(2026, 11, 27), NOW, Outcome.CANCELLED, null, "proven", TERMS);
        assertThatThrownBy(() -> p.appealed("officer-mx", LocalDate.of(2027, 1, 13), NOW, "RECURSO_REVOCACION", TERMS))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("CFF art. 121"));
    }
}
