package io.jointclear.clearance.internal;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.FieldViolation;
import io.jointclear.tariff.Assessment;
import java.time.Instant;
import java.util.List;

/**
 * A declaration of the crossing with the outcome of its assessment: the amounts; or — when the
 * reference data needed are not loaded (a rate, an exchange rate) — the reasons, never a guess; or
 * nothing to assess (a US export: the Constitution forbids export duties, Art. I § 9 cl. 5).
 *
 * @param status ASSESSED, PENDING_REFERENCE_DATA or NOT_APPLICABLE
 */
record StoredDeclaration(DeclarationDocument document, String status, Assessment assessment, List<FieldViolation> pending,
                         Instant assessedAt) {

    static final String ASSESSED = "ASSESSED";
    static final String PENDING = "PENDING_REFERENCE_DATA";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    StoredDeclaration {
        pending = pending == null ? List.of() : List.copyOf(pending);
    }
}
