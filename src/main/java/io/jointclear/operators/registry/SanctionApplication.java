package io.jointclear.operators.registry;

import io.jointclear.audit.AuditEntry;
import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import io.jointclear.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies a proceeding's sanction to the authorisation it names, through the aggregate, once: the same
 * proceeding's same sanction delivered again changes nothing, and a sanction the history already shows
 * (the same status from the same day, e.g. recorded by hand or by the demo seed) is not recorded twice.
 */
@Component
class SanctionApplication {

    private static final Logger log = LoggerFactory.getLogger(SanctionApplication.class);

    private final OperatorRegistry registry;

    SanctionApplication(OperatorRegistry registry) {
        this.registry = registry;
    }

    @ApplicationModuleListener
    void on(AuthorisationSanctioned event) {
        apply(event);
    }

    /** In the caller's transaction; false when nothing changed. */
    boolean apply(AuthorisationSanctioned event) {
        Authorisation a = registry.store().authorisationsOf(event.operatorId()).stream()
                .filter(found -> found.number().equals(event.authorisationNumber()))
                .findFirst()
                .flatMap(found -> registry.store().authorisation(found.id(), true))
                .orElseThrow(() -> new IllegalStateException("sanction of proceeding " + event.proceedingId()
                        + ": operator " + event.operatorId() + " has no authorisation " + event.authorisationNumber()));
        AuthorisationStatus status = switch (event.sanction()) {
            case SUSPENDED -> AuthorisationStatus.SUSPENDED;
            case CANCELLED -> AuthorisationStatus.CANCELLED;
            case REINSTATED -> AuthorisationStatus.ACTIVE;
        };
        boolean recorded = a.history().stream().anyMatch(c -> c.status() == status
                && c.effectiveFrom().equals(event.effectiveFrom())
                && (c.proceedingId() == null || c.proceedingId().equals(event.proceedingId())));
        if (recorded) {
            return false;
        }
        String reason = event.legalBasis() + ": resolution of proceeding " + event.proceedingId();
        try {
            return registry.apply(a, new StatusInput(status, event.effectiveFrom(), event.effectiveUntil(), reason),
                    AuditEntry.SYSTEM, event.proceedingId());
        } catch (ProblemException refused) {
            // e.g. a suspension of an authorisation cancelled meanwhile: the stronger sanction stands
            log.warn("Sanction of proceeding {} on {} not applied: {}", event.proceedingId(), a.number(), refused.getMessage());
            return false;
        }
    }
}
