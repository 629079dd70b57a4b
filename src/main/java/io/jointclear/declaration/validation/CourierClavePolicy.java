package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * Clave T1 is reserved to registered courier companies (rule 3.7.3), which declare identifier EM
 * (empresa de mensajería y paquetería) on the pedimento.
 */
final class CourierClavePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        if (filing.isMexican() && "T1".equals(filing.document().type())
                && filing.document().identifiers().stream().noneMatch(i -> "EM".equals(i.code()))) {
            v.add("type", "COURIER_CLAVE_WITHOUT_COURIER",
                    "Clave T1 is for courier companies only: identifier EM (registered courier) is missing");
        }
        return v.list();
    }
}
