package io.jointclear.risk;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What selectivity sees of a crossing at arrival.
 *
 * @param crossingId     the case; also seeds the random draw, so a selection can be replayed
 * @param declarations   one per authority
 * @param crossCheckKinds kinds of the cross-check findings between the two sides (e.g. QUANTITY_MISMATCH)
 * @param fastDriver     the driver presented a FAST card
 * @param arrivedAt      the arrival being selected (null when replayed without it)
 * @param crossingAttributes attributes other modules keep about the crossing, e.g. {@code manifestTimeliness}
 */
public record SelectionRequest(UUID crossingId, List<DeclarationFacts> declarations, List<String> crossCheckKinds,
                               boolean fastDriver, java.time.Instant arrivedAt, java.util.Map<String, String> crossingAttributes) {

    /** Crossing attribute: the Mexican customs office and the US port, {@code "<office>-<port>"} (a drift segment). */
    public static final String PORT_PAIR = "portPair";

    /**
     * Declaration type of one courier consignment selected on its own (courier module): the case id is the
     * consignment's, its party the courier company. Such selections have their own lane calibration, so the
     * thousands of parcels of a courier truck do not move the thresholds of truck crossings.
     */
    public static final String COURIER_CONSIGNMENT = "COURIER_CONSIGNMENT";

    public SelectionRequest {
        declarations = List.copyOf(declarations);
        crossCheckKinds = List.copyOf(crossCheckKinds);
        crossingAttributes = crossingAttributes == null ? java.util.Map.of() : java.util.Map.copyOf(crossingAttributes);
    }

    /** Without arrival time and without other modules' crossing attributes. */
    public SelectionRequest(UUID crossingId, List<DeclarationFacts> declarations, List<String> crossCheckKinds,
                            boolean fastDriver) {
        this(crossingId, declarations, crossCheckKinds, fastDriver, null, java.util.Map.of());
    }

    /** The same request with attributes other modules keep about the crossing ({@link CrossingAttributes}). */
    public SelectionRequest withCrossingAttributes(java.util.Map<String, String> attributes) {
        return new SelectionRequest(crossingId, declarations, crossCheckKinds, fastDriver, arrivedAt, attributes);
    }

    /**
     * One declaration reduced to what the rules look at.
     *
     * @param certifications trusted-trader programmes of the declaring party in force at arrival:
     *                       {@code OEA} (MX, a.k.a. NEEC), {@code CTPAT} (US); empty when unknown
     */
    public record DeclarationFacts(Authority authority, String type, String partyTaxId, List<LineFacts> lines,
                                   Set<String> certifications) {
        public DeclarationFacts {
            lines = List.copyOf(lines);
            certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
        }

        /** Without certification facts (the party is treated as not certified). */
        public DeclarationFacts(Authority authority, String type, String partyTaxId, List<LineFacts> lines) {
            this(authority, type, partyTaxId, lines, Set.of());
        }
    }

    /**
     * One line: tariff code, origin, value in USD, AD/CVD cases claimed, preference claimed, and the
     * quantity in its unit (UN/ECE Rec 20, e.g. KGM) for value control; quantity and unit may be null.
     */
    public record LineFacts(String tariffCode, String origin, BigDecimal valueUsd, List<String> adCvdCases, String preference,
                            BigDecimal quantity, String unit) {
        public LineFacts {
            adCvdCases = adCvdCases == null ? List.of() : List.copyOf(adCvdCases);
        }

        public LineFacts(String tariffCode, String origin, BigDecimal valueUsd, List<String> adCvdCases, String preference) {
            this(tariffCode, origin, valueUsd, adCvdCases, preference, null, null);
        }

        /** Value in USD per unit of quantity, or null when either is unknown. */
        public BigDecimal unitValueUsd() {
            if (valueUsd == null || quantity == null || quantity.signum() <= 0) {
                return null;
            }
            return valueUsd.divide(quantity, 6, java.math.RoundingMode.HALF_UP);
        }
    }
}
