package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * At least one line; each line has tariff code, origin, quantity with unit, and value; Mexican
 * export lines also the country of destination (P. O/D). Line numbers are implied by order.
 */
final class RequiredLinePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.STRUCTURAL;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        if (filing.lines().isEmpty()) {
            return v.add("lines", "NO_LINES", "A declaration has at least one line").list();
        }
        boolean mxExport = filing.isMexican() && "EXP".equals(filing.document().operation());
        for (int i = 0; i < filing.lines().size(); i++) {
            Line line = filing.lines().get(i);
            required(v, i, "tariffCode", line.tariffCode());
            required(v, i, "origin", line.origin());
            required(v, i, "value", line.value());
            if (line.quantity() == null) {
                required(v, i, "quantity", null);
            } else {
                required(v, i, "quantity.value", line.quantity().value());
                required(v, i, "quantity.unit", line.quantity().unit());
            }
            if (mxExport) {
                required(v, i, "destination", line.destination());
            }
        }
        return v.list();
    }

    private static void required(Violations v, int index, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            v.add(Filing.line(index, field), "REQUIRED_FIELD", "Line " + (index + 1) + " needs " + field);
        }
    }
}
