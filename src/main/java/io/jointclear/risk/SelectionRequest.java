package io.jointclear.risk;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What selectivity sees of a crossing at arrival.
 *
 * @param crossingId     the case; also seeds the random draw, so a selection can be replayed
 * @param declarations   one per authority
 * @param crossCheckKinds kinds of the cross-check findings between the two sides (e.g. QUANTITY_MISMATCH)
 * @param fastDriver     the driver presented a FAST card
 */
public record SelectionRequest(UUID crossingId, List<DeclarationFacts> declarations, List<String> crossCheckKinds,
                               boolean fastDriver) {

    public SelectionRequest {
        declarations = List.copyOf(declarations);
        crossCheckKinds = List.copyOf(crossCheckKinds);
    }

    /** One declaration reduced to what the rules look at. */
    public record DeclarationFacts(Authority authority, String type, String partyTaxId, List<LineFacts> lines) {
        public DeclarationFacts {
            lines = List.copyOf(lines);
        }
    }

    /** One line: tariff code, origin, value in USD, AD/CVD cases claimed, preference claimed. */
    public record LineFacts(String tariffCode, String origin, BigDecimal valueUsd, List<String> adCvdCases, String preference) {
        public LineFacts {
            adCvdCases = adCvdCases == null ? List.of() : List.copyOf(adCvdCases);
        }
    }
}
