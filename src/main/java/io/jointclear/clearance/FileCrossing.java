package io.jointclear.clearance;

import io.jointclear.declaration.DeclarationDocument;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A crossing as a broker files it before arrival: the port pair, the conveyance and both declarations
 * (for a northbound truck the Mexican export pedimento and the US entry).
 *
 * @param direction NORTHBOUND (Mexico → US) or SOUTHBOUND (US → Mexico)
 */
public record FileCrossing(
        String direction,
        String mxCustomsOffice,
        String usPort,
        OffsetDateTime expectedArrival,
        Carrier carrier,
        Conveyance conveyance,
        Driver driver,
        List<DeclarationDocument> declarations) {

    public FileCrossing {
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
    }

    /** Motor carrier: SCAC code (required, 2 to 4 capital letters) and name. */
    public record Carrier(String scac, String name) {

        /** Standard Carrier Alpha Code as the NMFTA assigns it. */
        public static final String SCAC_PATTERN = "[A-Z]{2,4}";

        public static boolean isWellFormedScac(String scac) {
            return scac != null && scac.matches(SCAC_PATTERN);
        }
    }

    /** Tractor plate and its country, trailer number, seals. */
    public record Conveyance(String plate, String plateCountry, String trailer, List<String> seals) {
        public Conveyance {
            seals = seals == null ? List.of() : List.copyOf(seals);
        }
    }

    /** Driver with the FAST card number when enrolled. */
    public record Driver(String name, String fastCard) {
    }
}
