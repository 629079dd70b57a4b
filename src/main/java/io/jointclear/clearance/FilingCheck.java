package io.jointclear.clearance;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * A rule another module adds to every filing and amendment of a crossing, implemented there (the
 * IMMEX ledger refuses a return its open balances cannot cover). It runs only once the crossing's own
 * rules and both declarations' rules are met, reads what it needs and writes nothing; its violations
 * refuse the filing like any other rule (422, nothing stored). Without an implementation the platform
 * files as before.
 */
public interface FilingCheck {

    /** The violations refusing {@code filing}, field paths as in the request ({@code declarations[0].lines[2].partNumber}). */
    List<FieldViolation> check(FileCrossing filing);
}
