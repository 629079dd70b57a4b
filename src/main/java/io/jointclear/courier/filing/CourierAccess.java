package io.jointclear.courier.filing;

import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.time.LocalDate;

/** Who may file and read manifests: a courier its own; officers, analysts, auditors and administrators all. */
public final class CourierAccess {

    private CourierAccess() {
    }

    /** The registered courier company filing; 403 for anyone else or a lapsed registration (rule 3.7.3). */
    static Actor.Courier filingCourier(Actor actor, LocalDate today) {
        if (!actor.hasRole(Actor.Roles.COURIER) || actor.courier() == null) {
            throw new ProblemException(403, "COURIER_ONLY", "Courier companies only",
                    "Only a registered courier company files courier manifests");
        }
        if (!actor.courier().registeredOn(today)) {
            throw new ProblemException(403, "COURIER_REGISTRATION_LAPSED", "Courier registration lapsed",
                    "The courier registration " + actor.courier().registration() + " was valid until "
                            + actor.courier().registeredUntil() + " (RGCE rule 3.7.3); renew it before filing");
        }
        return actor.courier();
    }

    /** Whether the actor may read a manifest of {@code courierId}; others get 404, as if it did not exist. */
    public static boolean mayRead(Actor actor, String courierId) {
        if (actor.isOfficial()) {
            return true;
        }
        return actor.hasRole(Actor.Roles.COURIER) && actor.courier() != null && actor.courier().id().equals(courierId);
    }
}
