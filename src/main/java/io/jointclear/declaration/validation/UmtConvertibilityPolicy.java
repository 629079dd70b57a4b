package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * Every partida declares its quantity in the tariff's unit (UMT) too, so the declared quantity must be
 * convertible to it: same unit, same dimension (LTR → BLL, DZN → C62), or kilograms taken from
 * {@code netWeightKg}. Applies to all Mexican operations: the UMT quantity is part of every pedimento.
 * Only the impossible case is a violation; a UMT without a Rec 20 code is not judged.
 */
final class UmtConvertibilityPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        if (!filing.isMexican()) {
            return v.list();
        }
        for (int i = 0; i < filing.tariff().size(); i++) {
            TariffCodeCheck lookup = filing.tariff().get(i);
            Line line = filing.lines().get(i);
            if (!lookup.isFound() || line.quantity() == null || !Rec20Units.isKnown(line.quantity().unit())) {
                continue;
            }
            TariffLine tariff = lookup.line();
            String umt = tariff.units().isEmpty() ? "" : tariff.units().getFirst();
            if (umt.isEmpty()) {
                continue;
            }
            boolean viaWeight = Rec20Units.isMass(umt) && line.netWeightKg() != null;
            if (!Rec20Units.convertible(line.quantity().unit(), umt) && !viaWeight) {
                v.add(Filing.line(i, "quantity.unit"), "QUANTITY_NOT_CONVERTIBLE_TO_UMT", "Fracción " + tariff.tariffCode()
                        + " counts in " + umt + " (" + String.join(", ", tariff.tariffUnits()) + "); a quantity in "
                        + line.quantity().unit() + " cannot be converted" + (Rec20Units.isMass(umt) ? " — declare netWeightKg" : ""));
            }
        }
        return v.list();
    }
}
