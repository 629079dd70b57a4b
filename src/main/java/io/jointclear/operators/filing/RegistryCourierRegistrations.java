package io.jointclear.operators.filing;

import io.jointclear.courier.CourierRegistrations;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.registry.StatusOn;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A courier company files only while its registration (rule 3.7.3) is ACTIVE in the registry on the
 * manifest's date: suspended or cancelled by a proceeding, or past its two-year term, it is refused.
 */
@Component
class RegistryCourierRegistrations implements CourierRegistrations {

    private final OperatorRegistry registry;

    RegistryCourierRegistrations(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requireActive(Actor.Courier courier, LocalDate day) {
        Optional<StatusOn> on = registry.authorisation(AuthorisationKind.COURIER_REGISTRATION, courier.registration())
                .flatMap(a -> a.statusOn(day));
        if (on.isPresent() && on.get().status().permitsOperations()) {
            return;
        }
        String status = on.map(RegistryFilingAuthority::describe).orElse("not registered");
        String message = "The courier registration " + courier.registration() + " of " + courier.name() + " is " + status
                + " on the manifest date " + day + " (RGCE rule 3.7.3)";
        if (on.isEmpty() || on.get().status() == io.jointclear.operators.AuthorisationStatus.EXPIRED) {
            throw new ProblemException(403, "COURIER_REGISTRATION_LAPSED", "Courier registration lapsed", message, List.of(),
                    Map.of("authorisation", RegistryFilingAuthority.authorisation(AuthorisationKind.COURIER_REGISTRATION,
                            courier.registration(), on.orElse(null))));
        }
        String code = "AUTHORISATION_" + on.get().status().name();
        throw new ProblemException(403, code, "Courier registration " + on.get().status().name().toLowerCase(java.util.Locale.ROOT),
                message, List.of(), Map.of("authorisation", RegistryFilingAuthority.authorisation(
                        AuthorisationKind.COURIER_REGISTRATION, courier.registration(), on.get())));
    }
}
