package io.jointclear.operators.registry;

import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.CertificationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;

/**
 * Adds what is missing to the registry, within the caller's transaction: an operator or an authorisation
 * already there (by natural key) is left as it is, so a seed runs at every start without undoing what
 * the authority recorded since.
 */
final class RegistrySeed {

    private final OperatorRegistry registry;
    private final String by;
    private final String source;
    private int added;

    RegistrySeed(OperatorRegistry registry, String by, String source) {
        this.registry = registry;
        this.by = by;
        this.source = source;
    }

    Operator operator(OperatorInput input) {
        RegistryValidation.requireValid(input);
        return registry.store().operator(input.type(), input.code()).orElseGet(() -> {
            added++;
            return registry.insertOperator(input, source, by);
        });
    }

    /** The authorisation of that kind and number, granted now when missing; true when it was added. */
    Authorisation authorisation(Operator o, AuthorisationInput input) {
        RegistryValidation.requireValid(input);
        return registry.store().authorisation(input.kind(), input.number(), false).orElseGet(() -> {
            added++;
            registry.insertAuthorisation(o, input, by);
            return registry.store().authorisation(input.kind(), input.number(), false).orElseThrow();
        });
    }

    /** Applies a status change unless the same change (status and date) is already in the history. */
    void status(Authorisation a, StatusInput input) {
        boolean present = a.history().stream().anyMatch(c -> c.status() == input.status()
                && c.effectiveFrom().equals(input.from()));
        if (!present) {
            Authorisation locked = registry.store().authorisation(a.id(), true).orElseThrow();
            registry.apply(locked, input, by, null);
            added++;
        }
    }

    /** Records a certification unless the operator has one of that program starting on that day. */
    void certification(Operator o, CertificationInput input) {
        boolean present = registry.store().certificationsOf(o.id()).stream()
                .anyMatch(c -> c.program() == input.program() && c.validFrom().equals(input.validFrom()));
        if (!present) {
            RegistryValidation.requireValid(input);
            registry.insertCertification(o, input, by);
            added++;
        }
    }

    int added() {
        return added;
    }
}
