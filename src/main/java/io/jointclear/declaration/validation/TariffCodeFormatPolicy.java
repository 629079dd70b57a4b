package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** A tariff code is 10 digits without dots (fracción + NICO, or HTSUS statistical number). */
final class TariffCodeFormatPolicy implements DeclarationPolicy {

    static boolean isWellFormed(String code) {
        return code != null && code.matches("\\d{10}");
    }

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        for (int i = 0; i < filing.lines().size(); i++) {
            String code = filing.lines().get(i).tariffCode();
            if (code != null && !isWellFormed(code)) {
                v.add(Filing.line(i, "tariffCode"), "MALFORMED_TARIFF_CODE", "A tariff code is 10 digits without dots, got '" + code + "'");
            }
        }
        return v.list();
    }
}
