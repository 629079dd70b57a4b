package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** MX filer: 4-digit patente (or authorisation number); US filer: 3-character CBP filer code. */
final class FilerPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String filer = filing.document().filer();
        Violations v = new Violations();
        if (filer == null) {
            return v.list();
        }
        if (filing.isMexican() && !filer.matches("\\d{4}")) {
            v.add("filer", "MALFORMED_PATENTE", "A patente is 4 digits, got '" + filer + "'");
        }
        if (filing.isUsEntry() && !EntryNumbers.isFilerCode(filer)) {
            v.add("filer", "MALFORMED_FILER_CODE", "A CBP filer code is 3 letters or digits, got '" + filer + "'");
        }
        return v.list();
    }
}
