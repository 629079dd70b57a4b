package io.jointclear.risk;

import java.time.LocalDate;
import java.util.Set;

/**
 * The certifications a party holds on a day, from a registry of operators (implemented by the operators
 * module). When the application has one, selection uses its answer instead of the certifications a
 * selection request carries (self-declared, never verified); without one it behaves as before.
 */
public interface TrustedTraders {

    /** Recognised name of the Mexican AEO programme; {@code MRA_PREFIX + OEA} on the US side. */
    String OEA = "OEA";
    /** Recognised name of the US programme; {@code MRA_PREFIX + CTPAT} on the Mexican side. */
    String CTPAT = "CTPAT";
    /**
     * Prefix of a counterpart's certification recognised under the 2014 OEA-CTPAT mutual recognition
     * arrangement (BRIEF §4.8, §7.2): the other side's trusted trader on the same crossing.
     */
    String MRA_PREFIX = "MRA:";

    /**
     * Programme names in force on {@code day} for the party with this tax id (RFC, IRS/IOR number):
     * {@code OEA}, {@code CTPAT}, {@code IVA_IEPS}, {@code SOCIO_COMERCIAL_CERTIFICADO}, {@code FAST};
     * empty when it holds none or the registry does not know it.
     */
    Set<String> programmesOn(String partyTaxId, LocalDate day);
}
