package io.jointclear.reference;

import java.util.List;
import java.util.Optional;

/** The code lists a declaration is checked against: countries, currencies, customs offices and ports. */
public interface CodeLists {

    /** ISO 3166-1 alpha-2. */
    boolean isCountry(String alpha2);

    /** ISO 4217, current (not withdrawn). */
    boolean isCurrency(String code);

    /** A 3-digit Mexican aduana-sección whose 2-digit aduana is in the SAT catalogue. */
    boolean isMexicanCustomsOffice(String aduanaSeccion);

    /** A 4-digit US port of entry of Schedule D. */
    boolean isUsPort(String portCode);

    /** The land-port pair of a Mexican aduana-sección and a US port, if they face each other. */
    Optional<PortPair> portPair(String mxCustomsOffice, String usPort);

    /** Every land-port pair where joint crossings happen. */
    List<PortPair> portPairs();

    /** A Mexican customs office facing a US port of entry. */
    record PortPair(String mxCustomsOffice, String mxName, String usPort, String usName) {
    }
}
