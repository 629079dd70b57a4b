package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/** The US entry number: filer code + 7 digits + CATAIR Appendix E check digit, filed by {@code filer}. */
final class EntryNumberPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        if (!filing.isUsEntry() || d.number() == null) {
            return v.list();
        }
        if (!EntryNumbers.isWellFormed(d.number())) {
            return v.add("number", "MALFORMED_ENTRY_NUMBER",
                    "An entry number is a 3-character filer code, 7 digits and a check digit, got '" + d.number() + "'").list();
        }
        int expected = EntryNumbers.checkDigit(d.number().substring(0, 10));
        if (d.number().charAt(10) - '0' != expected) {
            v.add("number", "ENTRY_NUMBER_CHECK_DIGIT",
                    "The check digit of " + d.number().substring(0, 10) + " is " + expected + ", not " + d.number().charAt(10));
        }
        if (d.filer() != null && !d.number().startsWith(d.filer())) {
            v.add("number", "ENTRY_NUMBER_FILER_MISMATCH",
                    "The entry number starts with filer code " + d.number().substring(0, 3) + " but the filer is " + d.filer());
        }
        return v.list();
    }
}
