package io.jointclear.risk.selection;

import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.TrustedTraders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A selection request with each declaring party's certifications as the registry has them on the
 * crossing's date (the arrival's UTC day, or today when replayed without one), in place of what the
 * request carried. Mutual recognition (OEA-CTPAT, 2014): each side also recognises the other country's
 * certification of the counterpart on the same crossing (the Mexican OEA exporter for CBP on a
 * northbound crossing, the CTPAT US exporter for ANAM on a southbound one), as {@code MRA:OEA} /
 * {@code MRA:CTPAT}; a party's own certification from the other country is not recognised.
 */
final class RegisteredCertifications {

    private RegisteredCertifications() {
    }

    static SelectionRequest of(SelectionRequest request, TrustedTraders registry, Clock clock) {
        Instant at = request.arrivedAt() == null ? clock.instant() : request.arrivedAt();
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        List<DeclarationFacts> facts = request.declarations().stream().map(d -> {
            Set<String> programmes = new LinkedHashSet<>(held(registry, d.partyTaxId(), day));
            String foreign = d.authority() == io.jointclear.shared.Authority.US ? TrustedTraders.OEA : TrustedTraders.CTPAT;
            boolean counterpartCertified = request.declarations().stream()
                    .filter(other -> other.authority() != d.authority())
                    .anyMatch(other -> held(registry, other.partyTaxId(), day).contains(foreign));
            if (counterpartCertified) {
                programmes.add(TrustedTraders.MRA_PREFIX + foreign);
            }
            return new DeclarationFacts(d.authority(), d.type(), d.partyTaxId(), d.lines(), programmes);
        }).toList();
        return new SelectionRequest(request.crossingId(), facts, request.crossCheckKinds(), request.fastDriver(),
                request.arrivedAt(), request.crossingAttributes());
    }

    private static Set<String> held(TrustedTraders registry, String taxId, LocalDate day) {
        return taxId == null || taxId.isBlank() ? Set.of() : registry.programmesOn(taxId.strip(), day);
    }
}
