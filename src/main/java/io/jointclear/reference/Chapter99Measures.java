package io.jointclear.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * The chapter-99 measure rows loaded by the tariff module, as the review of an imported HTSUS revision
 * needs them: which rows carry a heading, and whether they cover a tariff code. Implemented by the
 * tariff module (which depends on this one, not the reverse).
 */
public interface Chapter99Measures {

    /** Rule ids of the US measure rows of a chapter-99 heading ("9903.01.01") in force on the date. */
    List<String> rulesOf(String heading, LocalDate date);

    /** Whether a row of the heading in force on the date covers the 10-digit tariff code. */
    boolean covers(String heading, String tariffCode, LocalDate date);
}
