package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.time.LocalDate;
import java.util.List;

/** Type 86 (Section 321 de minimis) cannot be used from 29 Aug 2025 (EO 14324, continued in 2026; BRIEF §1 #6). */
final class SuspendedEntryTypePolicy implements DeclarationPolicy {

    static final LocalDate DE_MINIMIS_SUSPENDED = LocalDate.of(2025, 8, 29);

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        LocalDate date = filing.document().date();
        if (filing.isUsEntry() && "86".equals(filing.document().type()) && date != null && !date.isBefore(DE_MINIMIS_SUSPENDED)) {
            v.add("type", "ENTRY_TYPE_SUSPENDED", "Entry type 86 (de minimis) is suspended for all countries since "
                    + DE_MINIMIS_SUSPENDED + "; file a formal or informal entry");
        }
        return v.list();
    }
}
