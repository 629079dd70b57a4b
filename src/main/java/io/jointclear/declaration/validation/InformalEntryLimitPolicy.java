package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Informal entries (types 11, 12) are for shipments up to USD 2,500; above, a formal entry is required (BRIEF §4.1). */
final class InformalEntryLimitPolicy implements DeclarationPolicy {

    static final BigDecimal LIMIT_USD = new BigDecimal("2500");

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        String type = filing.document().type();
        if (!filing.isUsEntry() || !("11".equals(type) || "12".equals(type))) {
            return v.list();
        }
        BigDecimal total = filing.lines().stream().map(Line::value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(LIMIT_USD) > 0) {
            v.add("type", "INFORMAL_ENTRY_OVER_LIMIT", "Entry type " + type + " is informal (up to USD 2,500); the lines total USD "
                    + total.toPlainString() + ", which needs a formal entry");
        }
        return v.list();
    }
}
