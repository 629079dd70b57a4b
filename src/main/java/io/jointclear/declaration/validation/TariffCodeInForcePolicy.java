package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * The tariff code exists in the authority's tariff and is in force on the declaration date. The
 * catalogue's own problem codes (UNKNOWN_TARIFF_CODE, TARIFF_CODE_NOT_IN_FORCE,
 * DATE_OUTSIDE_REFERENCE_DATA) become violations of the line's tariffCode.
 */
final class TariffCodeInForcePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        for (int i = 0; i < filing.tariff().size(); i++) {
            TariffCodeCheck lookup = filing.tariff().get(i);
            if (lookup.isFailed()) {
                v.add(Filing.line(i, "tariffCode"), lookup.problemCode(), lookup.problemMessage());
            }
        }
        return v.list();
    }
}
