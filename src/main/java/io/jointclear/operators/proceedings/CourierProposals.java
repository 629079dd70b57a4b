package io.jointclear.operators.proceedings;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.proceedings.Proceeding.Cause;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.score.ComplianceScores;
import io.jointclear.operators.score.ScoreSettings;
import io.jointclear.shared.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After each score run, a courier whose share of flagged consignments reached the threshold
 * ({@code jointclear.operators.score.courier-proposal-rate}, over at least {@code courier-proposal-minimum}
 * consignments) gets a PROPOSED cancellation proceeding under RGCE rule 3.7.3, with its irregularity rates as
 * evidence: an officer opens or declines it. Nothing is proposed while a case of the courier is pending.
 */
@Component
class CourierProposals {

    private static final Logger log = LoggerFactory.getLogger(CourierProposals.class);
    /** Reads the registry as the platform itself (every operator visible). */
    static final Actor PLATFORM = new Actor("system", Set.of(Actor.Roles.ADMIN), null, null);

    private final Proceedings proceedings;
    private final OperatorRegistry registry;
    private final ScoreSettings settings;
    private final java.time.Clock clock;

    CourierProposals(Proceedings proceedings, OperatorRegistry registry, ScoreSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.proceedings = proceedings;
        this.registry = registry;
        this.settings = settings;
    }

    /** In the run's transaction: the proposal and the scores commit together. */
    @EventListener
    void on(ComplianceScores.ScoresComputed run) {
        for (ComplianceScores.CourierRate c : run.couriers()) {
            if (c.consignments() < settings.courierProposalMinimum()) {
                continue;
            }
            BigDecimal rate = BigDecimal.valueOf(c.flagged()).divide(BigDecimal.valueOf(c.consignments()), 4, RoundingMode.HALF_UP);
            if (rate.compareTo(settings.courierProposalRate()) < 0) {
                continue;
            }
            registry.find(OperatorType.COURIER, c.courierId()).ifPresent(courier -> registry.view(courier.id(), PLATFORM).authorisations()
                    .stream().filter(a -> a.kind() == AuthorisationKind.COURIER_REGISTRATION).findFirst().ifPresent(registration -> {
                        String reason = "irregularity rate " + rate + " (" + c.flagged() + " of " + c.consignments()
                                + " consignments flagged) reached the threshold " + settings.courierProposalRate();
                        boolean proposed = proceedings.proposeBySystem(courier, registration.number(), LegalBasis.RGCE_3_7_3,
                                List.of(new Cause("IRREGULAR_OPERATIONS", reason)), reason,
                                new Proceeding.Evidence("COURIER_IRREGULARITY", c.courierId(), reason + ", score run " + c.runId(),
                                        io.jointclear.audit.AuditEntry.SYSTEM, clock.instant()));
                        if (proposed) {
                            log.info("Proceeding proposed for courier {}: {}", c.courierId(), reason);
                        }
                    }));
        }
    }
}
