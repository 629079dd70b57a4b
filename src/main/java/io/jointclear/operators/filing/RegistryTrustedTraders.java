package io.jointclear.operators.filing;

import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.risk.TrustedTraders;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The risk engine's certifications: the importer's (or exporter's) certifications in force on the day, from the registry. */
@Component
class RegistryTrustedTraders implements TrustedTraders {

    private final OperatorRegistry registry;

    RegistryTrustedTraders(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> programmesOn(String partyTaxId, LocalDate day) {
        return registry.programmesOn(partyTaxId, day);
    }
}
