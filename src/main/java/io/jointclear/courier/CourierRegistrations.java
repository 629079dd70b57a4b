package io.jointclear.courier;

import io.jointclear.shared.Actor;
import java.time.LocalDate;

/**
 * Whether a courier company's rule 3.7.3 registration is active on a manifest's date, as the registry of
 * operators says (implemented by the operators module; without it only the configured
 * {@code registered-until} date is checked, as before).
 */
public interface CourierRegistrations {

    /**
     * Refuses with a 403 {@link io.jointclear.shared.ProblemException} a manifest dated {@code day} of a
     * courier whose registration is suspended, cancelled, expired or not registered on that day.
     */
    void requireActive(Actor.Courier courier, LocalDate day);
}
