package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** Quantity units are UN/ECE Recommendation 20 codes the platform can relate to tariff units. */
final class UnitPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        for (int i = 0; i < filing.lines().size(); i++) {
            var quantity = filing.lines().get(i).quantity();
            if (quantity != null && quantity.unit() != null && !Rec20Units.isKnown(quantity.unit())) {
                v.add(Filing.line(i, "quantity.unit"), "UNKNOWN_UNIT",
                        "'" + quantity.unit() + "' is not a UN/ECE Rec 20 unit code known here (KGM, LTR, C62, DZN, NPR, BLL, MTQ …)");
            }
        }
        return v.list();
    }
}
